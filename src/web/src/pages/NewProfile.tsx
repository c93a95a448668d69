// The form that asks for a new profile: a person and a topic.
import { useState } from 'preact/hooks';
import { navigate } from '../router.js';

export function NewProfile({ person: initialPerson, topic: initialTopic }: { person: string; topic: string }) {
  const [person, setPerson] = useState(initialPerson);
  const [topic, setTopic] = useState(initialTopic);
  return (
    <div>
      <h1>New profile</h1>
      <p>What has a person said and done about a topic, and who says so?</p>
      <form
        class="profile-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (person.trim() && topic.trim()) navigate(['profile'], { person: person.trim(), topic: topic.trim() });
        }}
      >
        <label for="person">Person</label>
        <input id="person" name="person" required maxLength={200} value={person} placeholder="e.g. Emmanuel Macron" onInput={(e) => setPerson((e.target as HTMLInputElement).value)} />
        <label for="topic">Topic</label>
        <input id="topic" name="topic" required maxLength={200} value={topic} placeholder="e.g. cybersecurity" onInput={(e) => setTopic((e.target as HTMLInputElement).value)} />
        <button type="submit">Write the profile</button>
      </form>
    </div>
  );
}

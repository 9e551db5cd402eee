// Invented people: first names and surnames common in Wales, combined at random, so no
// generated child or worker is a real person. Places outside Wales for out-of-area placements.

export const firstNames = [
  'Aled', 'Alaw', 'Amelia', 'Bethan', 'Bryn', 'Cai', 'Carys', 'Cerys', 'Charlie', 'Chloe', 'Dafydd', 'Dylan', 'Efa', 'Elin', 'Ella',
  'Emily', 'Erin', 'Ffion', 'Freya', 'Gethin', 'Grace', 'Gruffydd', 'Harri', 'Harry', 'Isla', 'Iwan', 'Jac', 'Jack', 'Jacob', 'Leah',
  'Lili', 'Lily', 'Lowri', 'Macsen', 'Mali', 'Megan', 'Mia', 'Nia', 'Noah', 'Oliver', 'Osian', 'Owain', 'Poppy', 'Rhys', 'Ruby',
  'Seren', 'Sion', 'Sophie', 'Tomos', 'Thomas', 'Tegan', 'Twm', 'Lucas', 'Evie', 'George', 'Ava', 'Leo', 'Olivia', 'Arthur', 'Isabelle',
] as const;

export const familyNames = [
  'Jones', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Lewis', 'Hughes', 'Morgan', 'Griffiths', 'Edwards', 'Smith', 'James',
  'Rees', 'Jenkins', 'Owen', 'Price', 'Phillips', 'Moss', 'Richards', 'Parry', 'Powell', 'Lloyd', 'Pritchard', 'Harris', 'Morris',
  'Walker', 'Taylor', 'Watkins', 'Baker', 'Howells', 'Bowen', 'Pugh', 'Vaughan', 'Rowlands', 'Ellis', 'Humphreys', 'Wynne', 'Prosser', 'Bevan',
] as const;

export const placesOutsideWales = ['Shropshire', 'Cheshire West', 'Herefordshire', 'Gloucestershire', 'Bristol', 'Merseyside', 'Birmingham', 'Staffordshire', 'Wirral', 'Somerset'] as const;

export const otherLanguages = ['Arabic', 'Kurdish Sorani', 'Pashto', 'Tigrinya', 'Farsi', 'Vietnamese', 'Albanian', 'Amharic', 'Dari'] as const;

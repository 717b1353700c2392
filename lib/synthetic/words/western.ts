/**
 * German, French, Polish and English personal names. Common surnames are listed; more are built
 * from parts ("Hart" + "mann", "Ash" + "ford"). Names that are also everyday English words (Hill,
 * Price, Will, Hope…) are left out on purpose: filler prose must never contain a name by accident.
 */

export interface WesternCulture {
  country: readonly string[];
  given: { m: readonly string[]; f: readonly string[] };
  surnames: readonly string[];
  /** Built surnames: prefix + suffix. */
  prefixes: readonly string[];
  suffixes: readonly string[];
  /** Polish-style gendered endings: male ending → female ending. */
  feminine?: Readonly<Record<string, string>>;
}

export const GERMAN: WesternCulture = {
  country: ['DE', 'AT', 'CH'],
  given: {
    m: ['Klaus', 'Jürgen', 'Stefan', 'Matthias', 'Andreas', 'Thomas', 'Wolfgang', 'Dieter', 'Uwe', 'Jörg', 'Markus', 'Tobias', 'Florian', 'Lukas', 'Maximilian', 'Johannes', 'Heinrich', 'Friedrich', 'Rainer', 'Dirk', 'Holger', 'Sven', 'Gerhard', 'Helmut', 'Bernd', 'Volker', 'Armin', 'Ulrich', 'Hans-Christoph', 'Karl-Heinz'],
    f: ['Katharina', 'Stefanie', 'Sabine', 'Ursula', 'Petra', 'Claudia', 'Birgit', 'Heike', 'Monika', 'Susanne', 'Annika', 'Lena', 'Jana', 'Franziska', 'Julia', 'Greta', 'Ingrid', 'Renate', 'Dörte', 'Anke', 'Silke', 'Gudrun'],
  },
  surnames: [
    'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer',
    'Koch', 'Bauer', 'Richter', 'Klein', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann',
    'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Köhler', 'Herrmann', 'König',
    'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Scholz', 'Möller', 'Weiß', 'Hahn', 'Schubert', 'Vogel', 'Keller', 'Günther',
    'Winkler', 'Roth', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Böhm', 'Kraus', 'Schumacher', 'Krämer',
    'Vogt', 'Jäger', 'Seidel', 'Brandt', 'Haas', 'Schreiber', 'Schulte', 'Dietrich', 'Ziegler', 'Kuhn', 'Kühn', 'Pohl',
    'Busch', 'Voigt', 'Pfeiffer', 'Atzpodien', 'Papperger', 'Wetzel', 'Strobel', 'Eckert',
  ],
  prefixes: ['Hart', 'Lind', 'Rosen', 'Stein', 'Eisen', 'Gold', 'Silber', 'Eich', 'Kirch', 'Brunn', 'Hoch', 'Ober', 'Nieder', 'Wald', 'Feld', 'Berg', 'Holz', 'Blum', 'Linden', 'Hagen', 'Greif', 'Adler', 'Falken', 'Stroh', 'Mühl', 'Sonnen', 'Schön', 'Grün', 'Kessel', 'Wein'],
  suffixes: ['mann', 'berger', 'hardt', 'meier', 'bach', 'dorf', 'feld', 'stein', 'hof', 'hausen', 'hauser', 'brück', 'thal', 'heim', 'burg', 'huber', 'egger', 'leitner'],
};

export const FRENCH: WesternCulture = {
  country: ['FR', 'BE'],
  given: {
    m: ['Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Nicolas', 'François', 'Laurent', 'Christophe', 'Sébastien', 'Julien', 'Olivier', 'Thierry', 'Éric', 'Frédéric', 'Guillaume', 'Antoine', 'Mathieu', 'Benoît', 'Yves', 'Gilles', 'Bertrand', 'Hervé', 'Arnaud', 'Jean-Pierre', 'Jean-Luc', 'Jean-Marc'],
    f: ['Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Françoise', 'Valérie', 'Sandrine', 'Céline', 'Sophie', 'Camille', 'Élodie', 'Aurélie', 'Émilie', 'Claire', 'Juliette', 'Margaux', 'Hélène', 'Mathilde', 'Chloé', 'Agnès', 'Brigitte', 'Marie-Claire', 'Anne-Sophie'],
  },
  surnames: [
    'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Roux', 'Fournier', 'Morel', 'Girard', 'Lefebvre',
    'Mercier', 'Lambert', 'Bonnet', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Guérin', 'Roussel', 'Perrin', 'Morin',
    'Clément', 'Gauthier', 'Fontaine', 'Chevalier', 'Masson', 'Gérard', 'Boyer', 'Lemaire', 'Joly', 'Gautier',
    'Meunier', 'Blanchard', 'Giraud', 'Barbier', 'Lecomte', 'Marchand', 'Dufour', 'Brunet', 'Picard', 'Aubert',
    'Lemoine', 'Renaud', 'Baron', 'Vasseur', 'Charpentier', 'Caron', 'Bouvier', 'Tessier', 'Rivière', 'Delacroix',
  ],
  prefixes: ['Du', 'Le', 'La', 'Beau', 'Bel', 'Mont', 'Ville', 'Roche', 'Clair'],
  suffixes: ['bois', 'pont', 'mont', 'val', 'fort', 'moulin', 'champ', 'chêne', 'clos', 'fossé', 'mesnil', 'rivage'],
};

export const POLISH: WesternCulture = {
  country: ['PL'],
  given: {
    m: ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Grzegorz', 'Mateusz', 'Wojciech', 'Mariusz', 'Dariusz', 'Zbigniew', 'Jerzy', 'Tadeusz', 'Kamil', 'Rafał', 'Sławomir', 'Bartosz', 'Przemysław', 'Radosław', 'Jacek'],
    f: ['Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Elżbieta', 'Magdalena', 'Joanna', 'Aleksandra', 'Monika', 'Beata', 'Dorota', 'Jadwiga', 'Halina', 'Zofia', 'Marta', 'Natalia', 'Weronika', 'Iwona'],
  },
  surnames: [
    'Nowak', 'Wójcik', 'Woźniak', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Wieczorek', 'Wróbel', 'Dudek',
    'Pawlak', 'Walczak', 'Stępień', 'Sikora', 'Baran', 'Michalak', 'Szewczyk', 'Pietrzak', 'Marciniak', 'Bąk',
    'Jabłoński', 'Ostrowski', 'Tomaszewski', 'Jasiński', 'Zalewski', 'Wróblewski', 'Jaworski', 'Sienkiewicz', 'Mickiewicz',
  ],
  prefixes: ['Kowal', 'Wiśniew', 'Kamień', 'Lewandow', 'Zieleń', 'Szymań', 'Dąbrow', 'Kozłow', 'Jankow', 'Wojciechow', 'Kwiatkow', 'Piotrow', 'Grabow', 'Nowakow', 'Pawłow', 'Michal', 'Górecz', 'Sadow', 'Czarnec', 'Brzezin'],
  suffixes: ['ski', 'icz', 'czyk', 'ak'],
  feminine: { ski: 'ska', cki: 'cka', dzki: 'dzka' },
};

export const ENGLISH: WesternCulture = {
  country: ['GB', 'US', 'CA', 'IE'],
  given: {
    m: ['James', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Edward', 'Ronald', 'Timothy', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Jonathan', 'Stephen', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Patrick', 'Dennis', 'Tyler', 'Aaron', 'Henry', 'Douglas', 'Peter', 'Nathan', 'Zachary', 'Kyle', 'Harold', 'Jeremy', 'Ethan', 'Keith', 'Gerald', 'Arthur', 'Lawrence', 'Bryan', 'Albert', 'Dylan', 'Bruce', 'Gabriel', 'Logan', 'Wayne', 'Ralph', 'Eugene', 'Russell', 'Philip', 'Lloyd'],
    f: ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy', 'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Amanda', 'Dorothy', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen', 'Angela', 'Brenda', 'Pamela', 'Emma', 'Nicole', 'Helen', 'Samantha', 'Katherine', 'Christine', 'Rachel', 'Carolyn', 'Janet', 'Heather', 'Diane', 'Julie', 'Olivia', 'Joyce', 'Virginia', 'Victoria', 'Lauren', 'Christina', 'Evelyn', 'Judith', 'Megan', 'Andrea', 'Hannah', 'Jacqueline', 'Martha', 'Gloria', 'Teresa', 'Madison', 'Kathryn', 'Abigail', 'Sophia', 'Denise', 'Danielle', 'Isabella', 'Natalie', 'Charlotte'],
  },
  surnames: [
    'Smith', 'Johnson', 'Williams', 'Jones', 'Davis', 'Wilson', 'Moore', 'Taylor', 'Anderson', 'Jackson', 'Harris',
    'Thompson', 'Robinson', 'Clark', 'Lewis', 'Walker', 'Allen', 'Hernandez', 'Wright', 'Adams', 'Nelson', 'Carter',
    'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris',
    'Rogers', 'Morgan', 'Murphy', 'Bailey', 'Cooper', 'Richardson', 'Howard', 'Peterson', 'Watson', 'Sanders', 'Bennett',
    'Henderson', 'Coleman', 'Jenkins', 'Powell', 'Patterson', 'Hughes', 'Flores', 'Washington', 'Simmons', 'Foster',
    'Gonzales', 'Bryant', 'Griffin', 'Hayes', 'Myers', 'Hamilton', 'Graham', 'Sullivan', 'Wallace', 'Reynolds', 'Ellis',
    'Harrison', 'Gibson', 'McDonald', 'Marshall', 'Murray', 'Fletcher', 'Palmer', "O'Connor", "O'Brien", "O'Neill",
    'McCarthy', 'Fitzgerald', 'Gallagher', 'Donnelly', 'Whitaker', 'Pemberton', 'Hargreaves', 'Sutherland', 'Radcliffe',
  ],
  prefixes: ['Ash', 'Black', 'Brad', 'Brom', 'Cald', 'Craw', 'Fair', 'Hal', 'Haw', 'Kings', 'Lang', 'Mid', 'Oak', 'Ram', 'Rad', 'Stan', 'Thorn', 'Went', 'Whit', 'Wy', 'Ather', 'Chad', 'Dun', 'Elling', 'Pen'],
  suffixes: ['ford', 'wood', 'field', 'ley', 'ton', 'worth', 'well', 'by', 'wick', 'more', 'combe', 'stead', 'bridge', 'borough', 'ham'],
};

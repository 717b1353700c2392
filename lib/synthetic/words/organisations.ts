/**
 * Word lists for companies, organisations and government bodies. Pairs carry the Ukrainian form
 * where the generator writes a Cyrillic alias, already inflected so that joining them is grammatical.
 */

export interface Pair {
  en: string;
  uk: string;
}

/** Ukrainian compound company names: start + middle + end, e.g. Укр + оборон + пром. */
export const UA_COMPOUND = {
  starts: ['Укр', 'Київ', 'Дніпро', 'Харків', 'Львів', 'Одес', 'Волинь', 'Поділ', 'Запоріж', 'Чернігів', 'Полтав', 'Сум', 'Житомир', 'Черкас', 'Карпат', 'Азов', 'Слобож', 'Буковин', 'Десна', 'Прут', 'Інгул', 'Кривбас', 'Нікопол', 'Павлоград', 'Галич', 'Тернопіль', 'Рівне', 'Херсон'],
  middles: ['оборон', 'спец', 'авіа', 'енерго', 'хім', 'радіо', 'авто', 'агро', 'мет', 'сталь', 'електро', 'буд', 'транс', 'газ', 'нафто', 'тех', 'ракет', 'сплав', 'лит', 'турбо'],
  ends: ['пром', 'маш', 'тех', 'сервіс', 'експорт', 'збут', 'монтаж', 'прилад', 'систем', 'постач', 'комплект', 'ресурс'],
  legal: [
    { en: 'JSC', uk: 'АТ' },
    { en: 'LLC', uk: 'ТОВ' },
    { en: 'PrJSC', uk: 'ПрАТ' },
    { en: 'State Enterprise', uk: 'ДП' },
  ],
};

/** "Volyn Armour Works" / "Волинський бронетанковий завод". */
export const UA_PLANT = {
  places: [
    { en: 'Volyn', uk: 'Волинський' }, { en: 'Kharkiv', uk: 'Харківський' }, { en: 'Kyiv', uk: 'Київський' },
    { en: 'Lviv', uk: 'Львівський' }, { en: 'Odesa', uk: 'Одеський' }, { en: 'Dnipro', uk: 'Дніпровський' },
    { en: 'Zaporizhzhia', uk: 'Запорізький' }, { en: 'Mykolaiv', uk: 'Миколаївський' }, { en: 'Poltava', uk: 'Полтавський' },
    { en: 'Chernihiv', uk: 'Чернігівський' }, { en: 'Zhytomyr', uk: 'Житомирський' }, { en: 'Sumy', uk: 'Сумський' },
    { en: 'Cherkasy', uk: 'Черкаський' }, { en: 'Vinnytsia', uk: 'Вінницький' }, { en: 'Rivne', uk: 'Рівненський' },
    { en: 'Ternopil', uk: 'Тернопільський' }, { en: 'Kherson', uk: 'Херсонський' }, { en: 'Kropyvnytskyi', uk: 'Кропивницький' },
    { en: 'Shostka', uk: 'Шосткинський' }, { en: 'Kremenchuk', uk: 'Кременчуцький' }, { en: 'Pavlohrad', uk: 'Павлоградський' },
    { en: 'Kryvyi Rih', uk: 'Криворізький' }, { en: 'Lutsk', uk: 'Луцький' }, { en: 'Uzhhorod', uk: 'Ужгородський' },
    { en: 'Bila Tserkva', uk: 'Білоцерківський' }, { en: 'Kamianske', uk: "Кам'янський" }, { en: 'Izium', uk: 'Ізюмський' },
  ] as Pair[],
  products: [
    { en: 'Armour', uk: 'бронетанковий' }, { en: 'Tractor', uk: 'тракторний' }, { en: 'Cartridge', uk: 'патронний' },
    { en: 'Aircraft Repair', uk: 'авіаремонтний' }, { en: 'Shipbuilding', uk: 'суднобудівний' },
    { en: 'Machine-Building', uk: 'машинобудівний' }, { en: 'Optical', uk: 'оптичний' },
    { en: 'Radio Engineering', uk: 'радіотехнічний' }, { en: 'Chemical', uk: 'хімічний' },
    { en: 'Metallurgical', uk: 'металургійний' }, { en: 'Motor', uk: 'моторний' }, { en: 'Instrument-Making', uk: 'приладобудівний' },
    { en: 'Cable', uk: 'кабельний' }, { en: 'Turbine', uk: 'турбінний' }, { en: 'Locomotive', uk: 'локомотивний' },
    { en: 'Tank Repair', uk: 'танкоремонтний' }, { en: 'Gunpowder', uk: 'пороховий' }, { en: 'Electronics', uk: 'електронний' },
    { en: 'Pipe', uk: 'трубний' }, { en: 'Bearing', uk: 'підшипниковий' }, { en: 'Glass', uk: 'скляний' },
  ] as Pair[],
  kinds: [
    { en: 'Works', uk: 'завод' },
    { en: 'Plant', uk: 'завод' },
    { en: 'Combine', uk: 'комбінат' },
  ] as Pair[],
};

/** "Hartmann Defence Systems GmbH": surname + sector + kind + legal form of the country. */
export const FIRM = {
  sectors: ['Defence', 'Aerospace', 'Maritime', 'Optronics', 'Robotics', 'Munitions', 'Energy', 'Logistics', 'Avionics', 'Propulsion', 'Ballistics', 'Composites', 'Navigation', 'Satcom', 'Cyber', 'Unmanned', 'Radar', 'Armour', 'Photonics', 'Hydraulics', 'Telemetry', 'Thermal', 'Acoustics', 'Microwave'],
  kinds: ['Systems', 'Technologies', 'Industries', 'Solutions', 'Engineering', 'Group', 'Dynamics', 'Holdings', 'Labs', 'Instruments', 'Manufacturing', 'Components'],
  legal: {
    DE: ['GmbH', 'AG', 'SE', 'GmbH & Co. KG'],
    AT: ['GmbH', 'AG'],
    CH: ['AG', 'SA'],
    FR: ['SA', 'SAS'],
    BE: ['SA', 'NV'],
    PL: ['SA', 'Sp. z o.o.'],
    GB: ['Ltd', 'plc'],
    US: ['Inc.', 'LLC', 'Corporation'],
    CA: ['Inc.', 'Ltd'],
    IE: ['Ltd', 'DAC'],
  } as Record<string, readonly string[]>,
  /** "Iron Shield Defence": a brand of two words before the sector. */
  brandFirst: ['Northern', 'Atlantic', 'Baltic', 'Carpathian', 'Steppe', 'Polar', 'Alpine', 'Danube', 'Dnipro', 'Boreal', 'Meridian', 'Vanguard', 'Titan', 'Aurora', 'Zenith'],
  brandSecond: ['Falcon', 'Lynx', 'Kestrel', 'Osprey', 'Griffin', 'Sentinel', 'Bastion', 'Trident', 'Halberd', 'Corvus', 'Aegis', 'Vector', 'Orion', 'Pegasus', 'Raptor'],
};

export const ORGANISATION = {
  nations: ['Ukrainian', 'European', 'Polish', 'German', 'French', 'British', 'Baltic', 'Nordic', 'Transatlantic', 'International', 'American', 'Canadian', 'Czech', 'Romanian', 'Lithuanian', 'Latvian', 'Estonian', 'Danish', 'Dutch', 'Swedish', 'Finnish', 'Italian', 'Spanish', 'Norwegian', 'Slovak', 'Moldovan', 'Georgian'],
  nationCountry: { Ukrainian: 'UA', Polish: 'PL', German: 'DE', French: 'FR', British: 'GB', American: 'US', Canadian: 'CA', Czech: 'CZ', Romanian: 'RO', Lithuanian: 'LT', Latvian: 'LV', Estonian: 'EE', Danish: 'DK', Dutch: 'NL', Swedish: 'SE', Finnish: 'FI', Italian: 'IT', Spanish: 'ES', Norwegian: 'NO', Slovak: 'SK', Moldovan: 'MD', Georgian: 'GE' } as Record<string, string>,
  bodies: ['Association', 'Council', 'Union', 'Federation', 'League', 'Chamber', 'Guild', 'Society', 'Network', 'Coalition', 'Consortium', 'Assembly', 'Institute'],
  members: ['Defence Manufacturers', 'Drone Makers', 'Aerospace Engineers', 'Veterans', 'Volunteer Medics', 'Shipbuilders', 'Arms Exporters', 'Security Analysts', 'Military Historians', 'Defence Journalists', 'Investigative Reporters', 'Cyber Specialists', 'Satellite Operators', 'Demining Experts', 'Reservists', 'Logistics Firms', 'Armour Producers', 'Optics Makers', 'Radar Engineers', 'Space Companies', 'Munitions Producers', 'Helicopter Operators', 'Naval Architects', 'Military Chaplains', 'Field Surgeons', 'Procurement Officers', 'Electronic Warfare Specialists', 'Rocket Engineers', 'Combat Engineers', 'Military Translators'],
  /** "Hartmann Foundation", "Lefèvre Institute for Security Studies". */
  endowed: ['Foundation', 'Trust', 'Fund', 'Institute for Security Studies', 'Centre for Strategic Research', 'Institute for Defence Policy'],
};

export const GOVERNMENT = {
  /** Ministries: English topic, Ukrainian genitive. */
  ministries: [
    { en: 'Defence', uk: 'оборони' }, { en: 'Strategic Industries', uk: 'з питань стратегічних галузей промисловості' },
    { en: 'Digital Transformation', uk: 'цифрової трансформації' }, { en: 'Economy', uk: 'економіки' },
    { en: 'Energy', uk: 'енергетики' }, { en: 'Finance', uk: 'фінансів' }, { en: 'Foreign Affairs', uk: 'закордонних справ' },
    { en: 'Internal Affairs', uk: 'внутрішніх справ' }, { en: 'Infrastructure', uk: 'інфраструктури' }, { en: 'Justice', uk: 'юстиції' },
    { en: 'Health', uk: "охорони здоров'я" }, { en: 'Education and Science', uk: 'освіти і науки' },
    { en: 'Agrarian Policy', uk: 'аграрної політики' }, { en: 'Veterans Affairs', uk: 'у справах ветеранів' },
    { en: 'Social Policy', uk: 'соціальної політики' }, { en: 'Culture', uk: 'культури' },
    { en: 'Environmental Protection', uk: 'захисту довкілля' }, { en: 'Youth and Sports', uk: 'молоді та спорту' },
    { en: 'Reintegration', uk: 'з питань реінтеграції' },
  ] as Pair[],
  countries: [
    ['Polish', 'PL', 'Poland'], ['German', 'DE', 'Germany'], ['French', 'FR', 'France'], ['British', 'GB', 'the United Kingdom'],
    ['Lithuanian', 'LT', 'Lithuania'], ['Latvian', 'LV', 'Latvia'], ['Estonian', 'EE', 'Estonia'], ['Czech', 'CZ', 'the Czech Republic'],
    ['Slovak', 'SK', 'Slovakia'], ['Romanian', 'RO', 'Romania'], ['Danish', 'DK', 'Denmark'], ['Dutch', 'NL', 'the Netherlands'],
    ['Swedish', 'SE', 'Sweden'], ['Finnish', 'FI', 'Finland'], ['Norwegian', 'NO', 'Norway'], ['Italian', 'IT', 'Italy'],
    ['Spanish', 'ES', 'Spain'], ['Canadian', 'CA', 'Canada'], ['Moldovan', 'MD', 'Moldova'], ['Georgian', 'GE', 'Georgia'],
    ['Bulgarian', 'BG', 'Bulgaria'], ['Croatian', 'HR', 'Croatia'], ['Slovenian', 'SI', 'Slovenia'], ['Portuguese', 'PT', 'Portugal'],
  ] as [string, string, string][],
  agencies: ['State Agency', 'State Service', 'National Agency', 'State Inspectorate', 'State Committee'],
  agencyTopics: ['Export Control', 'Defence Procurement', 'Cyber Security', 'Space Research', 'Civil Protection', 'Demining', 'Energy Efficiency', 'Geodesy and Cartography', 'Food Safety', 'Emergency Situations', 'Special Communications', 'Veterans Support', 'Strategic Reserves', 'Maritime Transport', 'Aviation Safety', 'Nuclear Regulation', 'Forest Resources', 'Water Resources', 'Medicines Control', 'Infrastructure Restoration'],
  /** Oblast centres: English, Ukrainian feminine adjective (for "обласна державна адміністрація"). */
  regions: [
    { en: 'Kharkiv', uk: 'Харківська' }, { en: 'Kyiv', uk: 'Київська' }, { en: 'Lviv', uk: 'Львівська' }, { en: 'Odesa', uk: 'Одеська' },
    { en: 'Dnipropetrovsk', uk: 'Дніпропетровська' }, { en: 'Zaporizhzhia', uk: 'Запорізька' }, { en: 'Mykolaiv', uk: 'Миколаївська' },
    { en: 'Poltava', uk: 'Полтавська' }, { en: 'Chernihiv', uk: 'Чернігівська' }, { en: 'Zhytomyr', uk: 'Житомирська' },
    { en: 'Sumy', uk: 'Сумська' }, { en: 'Cherkasy', uk: 'Черкаська' }, { en: 'Vinnytsia', uk: 'Вінницька' }, { en: 'Rivne', uk: 'Рівненська' },
    { en: 'Ternopil', uk: 'Тернопільська' }, { en: 'Kherson', uk: 'Херсонська' }, { en: 'Kirovohrad', uk: 'Кіровоградська' },
    { en: 'Volyn', uk: 'Волинська' }, { en: 'Zakarpattia', uk: 'Закарпатська' }, { en: 'Ivano-Frankivsk', uk: 'Івано-Франківська' },
    { en: 'Khmelnytskyi', uk: 'Хмельницька' }, { en: 'Chernivtsi', uk: 'Чернівецька' }, { en: 'Donetsk', uk: 'Донецька' }, { en: 'Luhansk', uk: 'Луганська' },
  ] as Pair[],
  levels: [
    { en: 'Regional State Administration', uk: 'обласна державна адміністрація' },
    { en: 'Regional Military Administration', uk: 'обласна військова адміністрація' },
    { en: 'Regional Council', uk: 'обласна рада' },
  ] as Pair[],
  departments: ['Department', 'Directorate', 'Office', 'Service', 'Division'],
  departmentTopics: ['Education', 'Healthcare', 'Transport', 'Housing', 'Economic Development', 'Civil Defence', 'Social Protection', 'Urban Planning', 'Agriculture', 'Ecology', 'Culture and Tourism', 'Youth Affairs', 'Energy Supply', 'Road Maintenance', 'Investment', 'Digital Services', 'Veterans Affairs', 'Public Procurement', 'Water Supply', 'Emergency Response', 'Family Affairs', 'Sports', 'Land Resources', 'Communications', 'International Cooperation', 'Mobilisation Support', 'Reconstruction', 'Archives', 'Finance', 'Legal Affairs'],
};

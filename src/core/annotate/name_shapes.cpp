#include "core/annotate/name_shapes.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <vector>

#include "core/articles/date_text.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {

constexpr std::string_view kFirstNames[] = {
    "Aaron", "Abdullah", "Adam", "Adrian", "Ahmed", "Aidan", "Aisha", "Alain", "Alan", "Albert", "Alessandro", "Alex", "Alexander",
    "Alexandr", "Alexandra", "Alexis", "Ali", "Alice", "Alison", "Amanda", "Amelie", "Amir", "Amit", "Amy", "Ana", "Anand", "Anders",
    "Andi", "Andrea", "Andreas", "Andrej", "Andrew", "Andrés", "Andy", "Angela", "Angelika", "Anja", "Anke", "Ann", "Anna", "Anne",
    "Annette", "Annika", "Anthony", "Anton", "Antonio", "Aravind", "Arjun", "Arkady", "Armin", "Arnaud", "Arthur", "Arvind", "Ashley",
    "Astrid", "Axel", "Barbara", "Barry", "Bastian", "Beatrice", "Ben", "Benedikt", "Benjamin", "Benoît", "Bernard", "Bernd", "Bettina",
    "Bill", "Birgit", "Björn", "Bob", "Boris", "Brad", "Brandon", "Brian", "Brigitte", "Britta", "Bruce", "Bruno", "Caitlin", "Camille",
    "Carina", "Carl", "Carlos", "Carmen", "Carola", "Carolin", "Caroline", "Carsten", "Catherine", "Cathy", "Cecilia", "Charles", "Charlie",
    "Charlotte", "Chen", "Chris", "Christian", "Christiane", "Christina", "Christine", "Christoph", "Christopher", "Claire", "Clara",
    "Claudia", "Clemens", "Clément", "Colette", "Constanze", "Cornelia", "Craig", "Dana", "Daniel", "Daniela", "Daphne", "Dario", "Darius",
    "Dave", "David", "Deborah", "Demis", "Denise", "Dennis", "Detlef", "Diana", "Diane", "Dieter", "Dietmar", "Dirk", "Dmitri", "Dominik",
    "Donald", "Doris", "Dorothee", "Doug", "Dylan", "Eberhard", "Ed", "Eduard", "Edward", "Elena", "Eli", "Elias", "Elisabeth", "Elizabeth",
    "Elke", "Ellen", "Elon", "Emad", "Emil", "Emilia", "Emilie", "Emily", "Emma", "Emmanuel", "Emre", "Eric", "Erica", "Erik", "Erin",
    "Esther", "Ethan", "Eva", "Evan", "Fabian", "Faisal", "Fatima", "Federico", "Fei", "Felicitas", "Felix", "Fernando", "Finn", "Florian",
    "Francesca", "Francesco", "Frank", "Franz", "François", "Frauke", "Fred", "Frederik", "Frieda", "Friedrich", "Gabi", "Gabriel",
    "Gabriele", "Garry", "Gary", "Gavin", "Georg", "George", "Gerald", "Gerd", "Gerhard", "Gesa", "Gilles", "Gina", "Gisela", "Giulia",
    "Grace", "Greg", "Gregor", "Gregory", "Guido", "Guillaume", "Gunnar", "Günter", "Günther", "Hakan", "Hanna", "Hannah", "Hannes", "Hans",
    "Harald", "Hartmut", "Hassan", "Heike", "Heinrich", "Helen", "Helena", "Helmut", "Hendrik", "Henning", "Henrik", "Henrike", "Henry",
    "Herbert", "Hiro", "Hiroshi", "Holger", "Hubertus", "Hugo", "Ian", "Igor", "Ilya", "Ines", "Ingrid", "Irene", "Iris", "Isaac", "Isabel",
    "Isabelle", "Ivan", "Jack", "Jacob", "Jake", "Jakob", "James", "Jan", "Jana", "Jane", "Janet", "Jannik", "Jasmin", "Jason", "Javier",
    "Jean", "Jeanette", "Jeff", "Jeffrey", "Jen", "Jennifer", "Jenny", "Jens", "Jensen", "Jeremy", "Jesse", "Jessica", "Jim", "Joachim",
    "Jochen", "Joe", "Joel", "Johanna", "Johannes", "John", "Jon", "Jonah", "Jonas", "Jonathan", "Jorge", "Josef", "Joseph",
    "Josh", "Joshua", "Juan", "Judith", "Julia", "Julian", "Julie", "Justin", "Justus", "Jörg", "Jürgen", "Kai", "Karen", "Karim",
    "Karin", "Karl", "Karsten", "Kate", "Katharina", "Katherine", "Kathrin", "Katja", "Katrin", "Kay", "Keith", "Kenji", "Kerstin", "Kevin",
    "Khalid", "Kim", "Klaus", "Konrad", "Konstantin", "Kristalina", "Kristin", "Kurt", "Larry", "Lars", "Laura", "Lauren", "Layla", "Lea",
    "Lena", "Leo", "Leon", "Leonard", "Leonie", "Liam", "Lily", "Lina", "Linda", "Lisa", "Lorenz", "Lorenzo", "Lucas", "Lucy", "Ludger",
    "Ludwig", "Luis", "Luisa", "Lukas", "Lutz", "Magnus", "Maik", "Maja", "Malte", "Manfred", "Manuel", "Mara", "Marc", "Marcel", "Marco",
    "Marcus", "Marek", "Margaret", "Margarete", "Maria", "Marie", "Marina", "Mario", "Marius", "Mark", "Markus", "Marta", "Martin",
    "Martina", "Marvin", "Mary", "Masahiro", "Masayoshi", "Mateusz", "Mathias", "Matt", "Matteo", "Matthew", "Matthias", "Max",
    "Maximilian", "Maya", "Mehmet", "Meike", "Melanie", "Mia", "Micha", "Michael", "Michaela", "Michel", "Michelle", "Miguel", "Mike",
    "Mila", "Mira", "Miriam", "Mohamed", "Mohammed", "Monika", "Moritz", "Mustafa", "Nadia", "Nadine", "Naomi", "Nat", "Natalie",
    "Nathan", "Naveen", "Nick", "Nico", "Nicolas", "Nicole", "Niklas", "Nikolai", "Nikolaus", "Nils", "Nina", "Noah", "Noam", "Nora",
    "Norbert", "Noura", "Olaf", "Ole", "Oliver", "Olivia", "Omar", "Oskar", "Otto", "Pablo", "Pascal", "Patrick", "Paul", "Paula", "Pavel",
    "Peggy", "Peter", "Petra", "Philipp", "Philippe", "Pierre", "Piotr", "Priya", "Rachel", "Rafael", "Rahul", "Rainer", "Raj", "Ralf",
    "Ralph", "Ramona", "Raphael", "Ravi", "Rebecca", "Reem", "Regina", "Reid", "Reiner", "Reinhard", "Renate", "René", "Ricarda", "Richard",
    "Rick", "Rishi", "Rita", "Rob", "Robert", "Roberto", "Robin", "Rodrigo", "Roland", "Rolf", "Ron", "Ronja", "Rosa", "Ruth",
    "Ryan", "Rüdiger", "Sabine", "Sabrina", "Safra", "Sam", "Samuel", "Sandra", "Sanjay", "Sara", "Sarah", "Sascha", "Saskia", "Satoshi",
    "Satya", "Scott", "Sean", "Sebastian", "Sebastián", "Selina", "Serge", "Sergey", "Sergio", "Shantanu", "Shira", "Silke", "Simon",
    "Simone", "Sofia", "Sonja", "Sophie", "Stefan", "Stefanie", "Steffen", "Stella", "Stephan", "Stephanie", "Steve", "Steven",
    "Sundar", "Sunil", "Susan", "Susanne", "Sven", "Svenja", "Sylvia", "Takeshi", "Tamara", "Tanja", "Tarek", "Teresa", "Theresa", "Thilo",
    "Thomas", "Thorsten", "Tilman", "Tim", "Timo", "Tina", "Tobi", "Tobias", "Tom", "Tony", "Torsten", "Ulla", "Ulrich", "Ulrike",
    "Ursula", "Ute", "Uwe", "Valentin", "Vanessa", "Vera", "Verena", "Victor", "Vikram", "Viktor", "Vincent", "Vinod", "Vivian", "Volker",
    "Walter", "Wei", "Werner", "Wiebke", "Wilhelm", "Will", "William", "Wolfgang", "Xavier", "Yann", "Yasmin", "Yoshua", "Yousef", "Yuki",
    "Yuri", "Yusuf", "Yvonne", "Zhang", "Zoe",
};

constexpr std::string_view kOrganisationSuffixes[] = {
    "Advisors", "AI", "Analytics", "Bank", "Biosciences", "Board", "Capital", "Cloud", "Computing", "Consulting", "Corporation", "Dynamics", "Energy", "Foundation", "Fund",
    "Global", "Group", "Holding", "Holdings", "Industries", "Intelligence", "Investments", "Investors", "Lab", "Labs", "Management", "Networks", "Partners",
    "Robotics", "Semiconductor", "Semiconductors", "Software", "Systems", "Technologies", "Technology", "Ventures",
    "Healthcare", "Health", "Therapeutics", "Pharmaceuticals", "Security", "Solutions", "Motors", "Aerospace", "Defense", "Photonics",
    "Microsystems", "Devices", "Automation", "Payments", "Insurance", "Biotech", "Bio", "Interactive", "Infrastructure",
    "Services", "Data", "Research", "Internet", "Telecom", "Communications", "Associates", "International", "Manufacturing", "Trust", "Advisory", "Advisers",
};

constexpr std::string_view kNotOrganisationAcronyms[] = {
    "AFP", "AG", "AfD", "AI", "API", "APIs", "NAND", "DRAM", "HBM", "SSD", "SSDs", "ARD", "BIP", "CDU", "CEO", "CEOs", "CFO", "CO2", "CPU", "CSU", "CTO", "DAX", "DPA", "EU", "EUR", "FAZ",
    "FDP", "GB", "GPU", "GPUs", "GW", "GmbH", "HPC", "IPO", "IT", "KG", "KI", "KIs", "LLM", "LLMs", "MW", "NYSE", "OK", "PC", "PR",
    "SE", "SPD", "TPU", "TPUs", "TV", "TWh", "UK", "UN", "US", "USA", "USD", "VC", "VCs", "WDR", "ZDF",
    "iPhone", "iPhones", "iPad", "iPads", "iOS", "macOS", "iCloud",  // products, not firms
};

constexpr std::string_view kRolesAfterFirm[] = {
    "Aktie", "Aktien", "Aktionäre", "CEO", "CFO", "CTO", "Chef", "Chefin", "Finanzchef", "Finanzchefin", "Gründer", "Gründerin",
    "Mitgründer", "Mitgründerin", "Sprecher", "Sprecherin", "Vorstand", "Vorstandschef", "Vorstandschefin",
};

// Places, time words and nouns of deal reporting that come capitalised before a suffix word or in a list.
constexpr std::string_view kNotFirmWords[] = {
    "Afrika", "Amerika", "Asien", "Berlin", "Bund", "Bundesregierung", "China", "Cloud", "Daten", "Deutschland", "Dezember", "Dienstag",
    "Donnerstag", "Europa", "Februar", "Frankreich", "Freitag", "Generative", "Großbritannien", "Hamburg", "Indien", "Israel", "Italien",
    "Januar", "Japan", "Juli", "Juni", "Kalifornien", "Kanada", "London", "Mai", "März", "Mittwoch", "Montag", "München", "New", "November",
    "Oktober", "Open", "Paris", "Samstag", "September", "Sonntag", "Spanien", "Texas", "The", "USA", "Washington",
    // Cities and regions that stand before a firm's noun ("The Denver company", "der Münchner Konzern").
    "Atlanta", "Austin", "Bangalore", "Beijing", "Boston", "Brüssel", "Brussels", "Chicago", "Dallas", "Denver", "Dubai", "Düsseldorf",
    "Frankfurt", "Helsinki", "Houston", "Köln", "Munich", "Oslo", "Peking", "Phoenix", "Riad", "Riyadh", "Seattle", "Seoul", "Shanghai",
    "Shenzhen", "Stockholm", "Stuttgart", "Sydney", "Tokio", "Tokyo", "Toronto", "Virginia", "Wien", "Vienna", "Zürich", "Zurich",
    "Hollywood", "Manhattan", "Brooklyn", "Chennai", "Mumbai", "Hyderabad", "Delhi", "Bengaluru", "Pune", "Jakarta", "Hanoi", "Bangkok",
    "Manila", "Taipei", "Hsinchu", "Osaka", "Busan", "Lagos", "Nairobi", "Cairo", "Istanbul", "Warsaw", "Warschau", "Prague", "Prag",
    "Madrid", "Barcelona", "Milan", "Mailand", "Rome", "Rom", "Lisbon", "Lissabon", "Dublin", "Copenhagen", "Kopenhagen", "Amsterdam",
    "Montreal", "Vancouver", "Ottawa", "Seville", "Johor", "Kumamoto", "Ellendale",
    // English weekdays ("Tuesday's launch of Gemini 3": a day, not a firm that invests).
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    // Countries, for "South Korea's Samsung Securities" (not those that open firms' names: "Qatar Investment Authority",
    // "Saudi Aramco"; nor "Singapore's GIC", which a list takes as GIC).
    "Korea", "Südkorea", "South", "North", "Taiwan", "Germany", "France", "Britain", "India", "Canada", "Sweden", "Schweden", "Norway", "Norwegen", "Finland", "Finnland", "Switzerland", "Schweiz",
    "Netherlands", "Niederlande", "Spain", "Italy", "Austria", "Österreich",
    // ("AWS will invest $6.2bn in Malaysia": a country money goes to is a place, not a firm that receives it.)
    "Malaysia", "Indonesia", "Indonesien", "Vietnam", "Thailand", "Philippines", "Philippinen", "Australia", "Australien", "Brazil",
    "Brasilien", "Mexico", "Mexiko", "Argentina", "Argentinien", "Chile", "Poland", "Polen", "Portugal", "Belgium", "Belgien", "Denmark",
    "Dänemark", "Ireland", "Irland", "Greece", "Griechenland", "Türkei", "Turkey", "Egypt", "Ägypten", "Nigeria", "Kenya", "Kenia",
    "Morocco", "Marokko", "Südafrika", "Pakistan", "Bangladesh", "Estonia", "Estland", "Lithuania", "Litauen", "Latvia", "Lettland",
    "Tschechien", "Hungary", "Ungarn", "Romania", "Rumänien", "Bulgaria", "Bulgarien", "Croatia", "Kroatien", "Luxembourg", "Luxemburg",
    "Iceland", "Island", "Ukraine", "Russia", "Russland", "Kazakhstan", "Kasachstan", "Arizona", "Ohio", "Indiana", "Iowa", "Wisconsin",
    "Louisiana", "Oregon", "Nevada", "Utah", "Oklahoma", "Pennsylvania", "Florida", "Michigan", "Tennessee", "Alabama", "Illinois",
    "Massachusetts", "California", "Colorado", "Minnesota", "Maryland", "Connecticut", "Delaware", "Kentucky", "Missouri", "Kansas",
    "Nebraska", "Idaho", "Montana", "Wyoming", "Dakota", "Carolina", "Mississippi", "Arkansas",
    // Adverbs and prepositions that open German sentences: "Auch Sound Ventures beteiligt sich" names
    // Sound Ventures, not "Auch Sound Ventures".
    "Auch", "Allerdings", "Außerdem", "Bereits", "Bisher", "Dabei", "Damit", "Dann", "Dazu", "Doch", "Ebenfalls", "Erst", "Gemeinsam",
    "Hinzu", "Inzwischen", "Insgesamt", "Jetzt", "Laut", "Mittlerweile", "Neben", "Noch", "Nun", "Seit", "Später", "Zudem", "Zuletzt", "Zuvor",
};

// Words English capitalises that are not names, or not of a firm or person ("Series B", "Chief
// Executive", "Wall Street"), and sentence starters.
constexpr std::string_view kEnglishCommonCapitals[] = {
    "A", "About", "According", "After", "All", "Also", "An", "And", "Another", "As", "At", "Before", "But", "By", "CEO", "Chief", "Co",
    "Executive", "Financial", "For", "From", "He", "Her", "His", "How", "I", "If", "In", "Inc", "Initial", "Is", "It", "Its", "Last",
    "More", "Most", "Mr", "Mrs", "Ms", "Neither", "No", "Not", "Now", "Of", "On", "One", "Only", "Or", "Our", "Photo", "President",
    "Read", "Series", "She", "Since", "So", "Some", "Still", "That", "The", "Their", "There", "These", "They", "This", "Those", "Through",
    "To", "Two", "Under", "Until", "Updated", "We", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "With", "Yet",
    "Officer", "Street", "Wall", "Share", "Subscribe", "Advertisement", "Related", "Stock", "Market", "Markets", "Technology",
    "Tech", "Business", "News", "Home", "World", "Analysis", "Opinion", "Newsletter", "Sign", "Log", "Comments", "Follow", "Image",
    "PM", "AM", "ET", "PT", "GMT", "CET", "European", "American", "British", "German", "French", "Chinese", "Japanese", "Saudi", "Emirati",
    "Israeli", "Canadian", "Indian", "Korean", "Dutch", "Swedish", "Swiss", "Italian", "Spanish", "Asian", "Arab", "Western", "Eastern", "African", "Northern", "Southern", "Latin", "Nordic", "Silicon",
    "Taiwanese", "Australian", "Finnish", "Irish", "Danish", "Norwegian", "Singaporean", "Brazilian", "Mexican", "Russian", "Austrian",
    "Belgian", "Polish", "Turkish", "Qatari", "Kuwaiti", "Malaysian", "Indonesian", "Vietnamese", "Thai", "Nordic", "Scandinavian",
    "Japan", "China", "Spain", "Italy", "Netherlands", "Switzerland", "Denmark", "Austria", "Texas", "Oregon", "Georgia", "Iowa",
    "UK", "US", "USA", "EU", "UAE", "England", "Scotland", "Wales", "Portugal", "Poland", "United", "States", "Kingdom", "Emirates",
    "Arabia", "Gulf", "Middle", "East", "Zone",
    "Valley", "Big", "Magnificent", "Seven", "Nasdaq", "Dow", "Jones", "Friday's", "Monday's",
    "USD", "EUR", "GBP", "CHF", "JPY", "IT", "GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "IPO", "CFO", "CTO", "AI", "LLM", "LLMs",
    "San", "Francisco", "Helsinki", "Tokyo", "Paris", "London", "Berlin", "Munich", "York", "Abu", "Dhabi", "Riyadh", "Dubai",
    "Seoul", "Beijing", "Shanghai", "Singapore", "Zurich", "Stockholm", "Amsterdam", "Dublin", "Austin", "Seattle", "Redmond",
    "Cupertino", "Mountain", "Palo", "Alto", "Santa", "Clara", "California", "Virginia", "Ohio", "Arizona", "Nevada",
    "Wisconsin", "Louisiana", "Abilene", "Europe", "Asia", "Africa", "America", "Taiwan", "Korea", "Germany", "France", "Britain",
    "Ireland", "Norway", "Sweden", "Finland", "Israel", "India", "Canada", "Mexico", "Brazil", "Australia",
    // ("a data centre in Vineland, New Jersey": no firm called "Jersey".)
    "New", "Jersey", "Hampshire", "Delhi", "Zealand", "North", "South", "Carolina", "Dakota", "Pennsylvania", "Tennessee", "Michigan",
    "Minnesota", "Indiana", "Missouri", "Kentucky", "Alabama", "Mississippi", "Oklahoma", "Kansas", "Nebraska", "Wyoming", "Montana",
    "Idaho", "Maryland", "Delaware", "Connecticut", "Hawaii", "Alaska", "Ontario", "Quebec", "Alberta", "Florida", "Illinois", "Utah",
    "Colorado", "Jose", "Diego", "Angeles", "Vegas", "Monica", "Mateo", "Barbara", "Antonio",
    // ("Unit 1 at Three Mile Island": a reactor's number, no firm.)
    "Unit", "Reactor",
    // Sentence adverbs before a comma ("Separately, Nvidia invested …").
    "Separately", "Meanwhile", "Additionally", "Finally", "Similarly", "Likewise", "Previously", "Earlier", "Later", "Recently",
    "Currently", "Initially", "Ultimately", "Notably", "Overall", "Instead", "Elsewhere", "However", "Moreover", "Yesterday",
    "Then", "Today", "Tomorrow", "Next", "Again", "Even", "Just", "Here", "Back", "Like", "Unlike",
};
// A word list asked about every capitalised word of a text: most words are ruled out by their
// first byte and length before any hashing (binary searches were a fifth of annotating).
class WordList {
public:
    template <std::size_t N>
    explicit WordList(const std::string_view (&list)[N]) : words_(std::begin(list), std::end(list)) {
        for (std::string_view w : list) {
            shapes_.add(w);
            longest_ = std::max(longest_, w.size());
        }
    }
    bool contains(std::string_view word) const {
        if (word.size() > longest_) return false;
        if (word.size() < 16 && !shapes_.may_hold(word)) return false;
        return words_.contains(word);
    }

private:
    std::unordered_set<std::string_view> words_;
    scan::LengthsByFirstByte shapes_;
    std::size_t longest_ = 0;
};

// One WordList per list: keyed by the list itself, not by its length (two lists of one length had shared the
// first one's words, so adding two suffixes made "Partners" no suffix any more).
template <const auto& List>
bool in_list(std::string_view word) {
    static const WordList words(List);
    return words.contains(word);
}

}  // namespace

bool is_first_name(std::string_view word) { return in_list<kFirstNames>(word); }

bool is_organisation_suffix(std::string_view word) {
    return in_list<kOrganisationSuffixes>(word);
}

bool has_brand_shape(std::string_view word) {
    if (word.size() < 2 || word.size() > 24) return false;
    if (in_list<kNotOrganisationAcronyms>(word)) return false;
    std::size_t upper = 0, lower = 0, digits = 0;
    bool inner_capital = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c >= 'A' && c <= 'Z') {
            ++upper;
            if (lower > 0) inner_capital = true;  // a capital after a small letter: "CoreWeave", "xAI"
        } else if (c >= 'a' && c <= 'z') {
            ++lower;
        } else if (scan::is_digit(c)) {
            ++digits;
        } else {
            return false;  // umlauts, apostrophes: German words, not brands
        }
    }
    if (inner_capital) return word.size() >= 3;
    // An acronym: capitals (and digits, "G42"), at least two capitals or a capital and a digit.
    return lower == 0 && word.size() <= 6 && (upper >= 3 || (upper >= 1 && digits >= 1));
}

bool is_english_common_capital(std::string_view word) { return in_list<kEnglishCommonCapitals>(word); }

bool is_role_after_firm(std::string_view word) {
    return in_list<kRolesAfterFirm>(word);
}

bool is_not_a_firm_word(std::string_view word) {
    return in_list<kNotFirmWords>(word) || month_from_name(word) != 0;
}

bool common_noun_ending(std::string_view w) {
    // "das KI-Start-up Cognition": German spells its Latin "-tion" nouns with a K ("Kognition",
    // "Kooperation"), so one that starts with a C is a name.
    if (w.starts_with('C') && (w.ends_with("tion") || w.ends_with("tions"))) return false;
    static constexpr std::string_view kEndings[] = {"ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen", "tät", "täten",
                                                    "nisse", "ismus", "träge", "trag", "arm", "chen", "ment", "ments", "ness", "ing", "ings",
                                                    // what money is lent or given as: "bei Banken Baukredite", "Fördermittel"
                                                    "kredit", "kredite", "darlehen", "mittel", "gelder", "anleihen", "runde", "summe"};
    for (const std::string_view ending : kEndings) {
        if (w.size() > ending.size() + 2 && w.ends_with(ending)) return true;
    }
    return false;
}

}  // namespace ds

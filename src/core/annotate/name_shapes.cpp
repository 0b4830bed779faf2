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
    "Aaron", "Adam", "Adrian", "Ahmed", "Aidan", "Alain", "Alan", "Albert", "Alex", "Alexander", "Alexandr", "Alexandra", "Alexis", "Ali",
    "Alice", "Alison", "Amanda", "Amy", "Ana", "Anand", "Andi", "Andrea", "Andreas", "Andrew", "Andrej", "Andrés", "Andy", "Angela", "Anja",
    "Anke", "Ann", "Anna", "Anne", "Annette", "Anthony", "Anton", "Antonio", "Aravind", "Arkady", "Armin", "Arnaud", "Arthur", "Arvind",
    "Ashley", "Axel", "Barbara", "Barry", "Bastian", "Ben", "Benedikt", "Benjamin", "Bernard", "Bernd", "Bill", "Bob", "Boris", "Brad",
    "Brandon", "Brian", "Bruno", "Carl", "Carlos", "Carola", "Caroline", "Carsten", "Catherine", "Charles", "Charlie", "Chris", "Christian",
    "Christina", "Christine", "Christoph", "Christopher", "Claire", "Claudia", "Clément", "Colette", "Cornelia", "Daniel", "Daniela", "Dario",
    "David", "Demis", "Dennis", "Dieter", "Dirk", "Dmitri", "Dominik", "Donald", "Doug", "Dylan", "Ed", "Edward", "Elena", "Eli", "Elizabeth",
    "Elon", "Emad", "Emily", "Emma", "Emmanuel", "Eric", "Erik", "Eva", "Evan", "Fabian", "Felix", "Florian", "Francesca", "Frank", "Franz",
    "Fred", "Friedrich", "Gabriel", "Gabriele", "Garry", "Gary", "Georg", "George", "Gerhard", "Gina", "Gregor", "Guillaume", "Gunnar",
    "Hannah", "Hans", "Harald", "Heike", "Heinrich", "Helen", "Helena", "Helmut", "Henrik", "Henry", "Herbert", "Hubertus", "Hugo", "Ian",
    "Ilya", "Ingrid", "Isabel", "Isabelle", "Ivan", "Jack", "Jacob", "Jake", "James", "Jan", "Jane", "Janet", "Jason", "Jeff", "Jeffrey",
    "Jen", "Jennifer", "Jens", "Jensen", "Jeremy", "Jessica", "Jim", "Joachim", "Joe", "Johannes", "John", "Jon", "Jonas", "Jonathan",
    "Jörg", "Josef", "Joseph", "Josh", "Joshua", "Judith", "Julia", "Julian", "Julie", "Jürgen", "Justin", "Karen", "Karin", "Karl",
    "Karsten", "Katharina", "Kathrin", "Katja", "Kevin", "Klaus", "Kristalina", "Kurt", "Lars", "Laura", "Lauren", "Lea", "Lena", "Leon",
    "Leonie", "Linda", "Lisa", "Lucas", "Ludwig", "Lukas", "Luis", "Maik", "Manuel", "Marc", "Marcel", "Marco", "Marcus", "Maria",
    "Marie", "Marina", "Mario", "Mark", "Markus", "Martin", "Martina", "Mary", "Masayoshi", "Mathias", "Matt", "Matthew", "Matthias", "Max",
    "Maximilian", "Melanie", "Michael", "Michaela", "Michel", "Michelle", "Miguel", "Mike", "Mira", "Miriam", "Mohamed", "Mohammed", "Monika",
    "Mustafa", "Nadia", "Naomi", "Nat", "Natalie", "Nathan", "Nick", "Nicolas", "Nicole", "Niklas", "Nils", "Nina", "Noam", "Oliver",
    "Olaf", "Olivia", "Oskar", "Pascal", "Patrick", "Paul", "Peter", "Petra", "Philipp", "Philippe", "Pierre", "Rachel", "Rafael", "Rainer",
    "Ralf", "Ralph", "Rebecca", "Reid", "Reinhard", "René", "Richard", "Rishi", "Rob", "Robert", "Robin", "Roland", "Rolf", "Ron", "Ruth",
    "Ryan", "Sabine", "Safra", "Sam", "Samuel", "Sandra", "Sara", "Sarah", "Sascha", "Satya", "Scott", "Sean", "Sebastian", "Sergey",
    "Shantanu", "Simon", "Simone", "Sophie", "Stefan", "Stefanie", "Steffen", "Stephan", "Stephanie", "Steve", "Steven", "Sundar", "Susan",
    "Susanne", "Sven", "Sylvia", "Tanja", "Theresa", "Thomas", "Thorsten", "Tilman", "Tim", "Timo", "Tobias", "Tom", "Tony", "Torsten",
    "Ulrich", "Ursula", "Uwe", "Valentin", "Vanessa", "Victor", "Viktor", "Vinod", "Volker", "Walter", "Werner", "Will", "William",
    "Wolfgang", "Xavier", "Yann", "Yoshua", "Yuri", "Zoe",
};

constexpr std::string_view kOrganisationSuffixes[] = {
    "Advisors", "AI", "Analytics", "Bank", "Biosciences", "Capital", "Cloud", "Computing", "Consulting", "Corporation", "Dynamics", "Energy", "Foundation", "Fund",
    "Group", "Holding", "Holdings", "Industries", "Intelligence", "Investments", "Lab", "Labs", "Management", "Networks", "Partners",
    "Robotics", "Semiconductor", "Semiconductors", "Software", "Systems", "Technologies", "Technology", "Ventures",
};

constexpr std::string_view kNotOrganisationAcronyms[] = {
    "AFP", "AG", "AfD", "AI", "API", "APIs", "ARD", "BIP", "CDU", "CEO", "CEOs", "CFO", "CO2", "CPU", "CSU", "CTO", "DAX", "DPA", "EU", "EUR", "FAZ",
    "FDP", "GB", "GPU", "GPUs", "GW", "GmbH", "HPC", "IPO", "IT", "KG", "KI", "KIs", "LLM", "LLMs", "MW", "NYSE", "OK", "PC", "PR",
    "SE", "SPD", "TPU", "TPUs", "TV", "TWh", "UK", "UN", "US", "USA", "USD", "VC", "VCs", "WDR", "ZDF",
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
    "Israeli", "Canadian", "Indian", "Korean", "Dutch", "Swedish", "Swiss", "Italian", "Spanish", "Asian", "Arab", "Western", "Silicon",
    "Valley", "Big", "Magnificent", "Seven", "Nasdaq", "Dow", "Jones", "Friday's", "Monday's",
    "USD", "EUR", "GBP", "CHF", "JPY", "GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "IPO", "CFO", "CTO", "AI", "LLM", "LLMs",
    "San", "Francisco", "Helsinki", "Tokyo", "Paris", "London", "Berlin", "Munich", "York", "Abu", "Dhabi", "Riyadh", "Dubai",
    "Seoul", "Beijing", "Shanghai", "Singapore", "Zurich", "Stockholm", "Amsterdam", "Dublin", "Austin", "Seattle", "Redmond",
    "Cupertino", "Mountain", "Palo", "Alto", "Santa", "Clara", "California", "Virginia", "Ohio", "Arizona", "Nevada",
    "Wisconsin", "Louisiana", "Abilene", "Europe", "Asia", "Africa", "America", "Taiwan", "Korea", "Germany", "France", "Britain",
    "Ireland", "Norway", "Sweden", "Finland", "Israel", "India", "Canada", "Mexico", "Brazil", "Australia",
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

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view word) {
    static const WordList words(list);
    return words.contains(word);
}

}  // namespace

bool is_first_name(std::string_view word) { return in_list(kFirstNames, word); }

bool is_organisation_suffix(std::string_view word) {
    return in_list(kOrganisationSuffixes, word);
}

bool has_brand_shape(std::string_view word) {
    if (word.size() < 2 || word.size() > 24) return false;
    if (in_list(kNotOrganisationAcronyms, word)) return false;
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

bool is_english_common_capital(std::string_view word) { return in_list(kEnglishCommonCapitals, word); }

bool is_role_after_firm(std::string_view word) {
    return in_list(kRolesAfterFirm, word);
}

bool is_not_a_firm_word(std::string_view word) {
    return in_list(kNotFirmWords, word) || month_from_name(word) != 0;
}

}  // namespace ds

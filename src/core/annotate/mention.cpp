#include "core/annotate/mention.h"

namespace ds {

const char* mention_kind_name(MentionKind kind) {
    switch (kind) {
        case MentionKind::money: return "money";
        case MentionKind::quantity: return "quantity";
        case MentionKind::date: return "date";
        case MentionKind::duration: return "duration";
        case MentionKind::entity: return "entity";
    }
    return "?";
}

const char* qualifier_name(Qualifier q) {
    switch (q) {
        case Qualifier::exact: return "exact";
        case Qualifier::up_to: return "up_to";
        case Qualifier::about: return "about";
        case Qualifier::at_least: return "at_least";
        case Qualifier::total: return "total";
    }
    return "?";
}

}  // namespace ds

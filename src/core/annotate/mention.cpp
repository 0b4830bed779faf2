#include "core/annotate/mention.h"

namespace ds {

const char* mention_kind_name(MentionKind kind) { return enum_name(kMentionKindNames, kind); }
const char* qualifier_name(Qualifier q) { return enum_name(kQualifierNames, q); }
std::optional<Qualifier> qualifier_from_name(std::string_view name) { return enum_from_name(kQualifierNames, name); }

}  // namespace ds

#pragma once
// What is wrong with an input, as a code with its arguments: the core says which problem it found
// (a file is missing, a date is invalid) and with what (the file, the date); whoever shows it words
// it in the reader's language. One table in message.cpp words every code in English and German:
// adding a message is a value here and one row there. The English wording is what the CLI, the
// state() JSON and the logs show, so it stays the same for a code that exists.
//
// Wordings are templates with numbered placeholders, {1}, {2}, for the arguments (file names,
// values, counts, text from elsewhere). A template may also hold {*}, a nested message: the
// arguments after the numbered ones are another message — its code's name, then its own arguments —
// worded in the same language. "{*}; sidecar ignored" around "invalid UTF-8 ({*})" around
// "truncated sequence" reads "invalid UTF-8 (truncated sequence); sidecar ignored".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/language.h"

namespace ds {

// One value per distinct sentence; the comment names the arguments.
enum class MessageCode {
    text,  // free text from elsewhere (a parser's message, the operating system, the page): {1}

    // Files and folders
    file_missing,
    not_a_regular_file,
    size_unknown,          // {1} why
    file_too_large,        // {1} bytes, {2} the limit
    cannot_open,           // {1} why
    read_failed,           // {1} bytes read
    cannot_create_folder,  // {1} why
    cannot_write_because,  // {1} why
    write_failed_kept,     // {1} why
    save_failed_kept,      // {1} why
    cannot_write,
    folder_missing,
    cannot_list,  // {1} why

    // UTF-8: invalid_utf8 nests one of the utf8_* details
    invalid_utf8,  // {*} a utf8_* detail
    utf8_overlong,
    utf8_unexpected_continuation,
    utf8_impossible_byte,
    utf8_truncated_at_end,
    utf8_truncated,
    utf8_surrogate,
    utf8_above_max,

    // JSON
    json_nul_byte,
    json_utf16,
    json_syntax,  // {1} the JSON parser's message
    json_unparsed,
    json_readers_disagree,
    expected_object_found,         // {1} the JSON type found
    expected_events_object_found,  // {1} the JSON type found
    expected_object,
    expected_array,
    expected_string,
    expected_json_object,
    expected_string_found,          // {1} the JSON type found
    expected_array_found,           // {1} the JSON type found
    expected_number_or_null_found,  // {1} the JSON type found
    missing,

    // Articles and their sidecars
    empty_file,
    binary_file,
    utf16_file,
    article_invalid_utf8,  // {*} a utf8_* detail
    only_white_space,
    no_body_text,
    sidecar_ignored,  // {*} what is wrong with the sidecar
    expected_boolean_ignored,
    unknown_field_ignored,
    expected_string_ignored,
    not_a_date_ignored,  // {1} the value
    expected_language_ignored,

    // The gazetteer
    expected_entity_array,
    entity_needs_id_and_name,
    duplicate_id,  // {1} the id
    unknown_kind,  // {1} the kind
    alias_unusable,
    relation_needs_type_and_target,
    unknown_offering,       // {1} the value of "sells"
    alias_taken,            // {1} the alias, {2} the entity that keeps it
    unknown_entity,         // {1} the entity id
    party_not_in_gazetteer, // {1} the name as the article writes it
    relation_cycle,         // {1} the entity id
    entities_unrecognised,  // {*} why entities.json was not read

    // Events and claims
    unknown_event_type,  // {1} the type
    unknown_status,      // {1} the status
    invalid_date,        // {1} the date
    expected_date_mod,
    unknown_role,     // {1} the role
    unknown_measure,  // {1} the measure
    amount_without_unit,
    quote_not_found,  // {1} the article id
    needs_participant,
    needs_source,
    unknown_article,  // {1} the article id
    expected_citation_object,
    duplicate_claim_id,  // {1} the claim id
    duplicate_member,    // {1} the member's name
    amount_not_positive,  // {1} the value read
    claim_needs_two_sources,
    expected_date_object,
    expected_participant_object,
    unknown_qualifier,  // {1} the qualifier
    expected_string_object,
    expected_summary_object,
    unknown_claim,      // {1} the claim id
    no_events_to_show,  // {*} why events.json was not read
    candidates_capped,  // {1} amounts in the sentence, {2} how many were looked at

    // The user's own data
    user_file_too_large,  // {1} megabytes
    no_text_found,
    not_user_data,  // {1} the format name
    unsupported_version,
    expected_user_article,
    no_user_article,
    no_candidate,  // {1} the index
    could_not_be_added,
    expected_user_record,
    record_kept_aside,    // {1} the record's key, {*} why it could not be read
    store_newer_layout,   // {1} the layout number
    store_file_kept_aside,  // {1} where the file now is, {*} why it could not be read

    // Fonts and the command line
    font_unparsable,
    ui_font_missing,
    unsupported_currency,  // {1} the currency
    article_over_limit,    // {1} bytes, {2} the limit in bytes

    // Spreadsheets (core/tables)
    table_quote_not_closed,
    table_format_unknown,     // {1} the header as read
    table_missing_column,     // {1} the column
    table_bad_date,           // {1} the cell
    table_bad_amount,         // {1} the cell
    table_unknown_type,       // {1} the cell
    table_no_parties,
    table_unknown_format_name,  // {1} the name given

    // The user's own names (explorer/user_entities.h)
    entity_not_users,    // {1} the entity id
    entity_name_empty,
    entity_name_taken,   // {1} the name, {2} the entity that has it
    entity_same_as_self, // {1} the entity id

    // Prepared corpora (core/pack/data_pack.h)
    pack_not_a_pack,
    pack_other_format,   // {1} the pack's format, {2} the format this build reads
    pack_other_rules,    // {1} the pack's reading rules, {2} this build's
    pack_truncated,      // {1} bytes present, {2} bytes the header promises
    pack_checksum,
    pack_damaged,        // {1} what is wrong (English, from the reader)
    pack_refused,        // {*} why the pack was not used
    pack_not_fetched,    // {1} what the browser said ("HTTP 404", a network error)
    pack_other_site,
    font_atlas_refused,  // {1} why (English, from the atlas reader)

    count  // not a message: the number of codes
};

// A code with its arguments, before anyone words it.
struct Message {
    MessageCode code = MessageCode::text;
    std::vector<std::string> args;

    Message() = default;
    Message(MessageCode c, std::vector<std::string> arguments = {}) : code(c), args(std::move(arguments)) {}
};

// The message in `language`: its template with the arguments in place. A missing argument reads as
// nothing (message_args_fit() says whether they fit).
std::string word_message(MessageCode code, const std::vector<std::string>& args, Language language);

// The template itself ("unknown entity '{1}'").
const char* message_template(MessageCode code, Language language);

// "file_missing": what JSON writes next to the English reason. Names read back with message_from_name().
const char* message_name(MessageCode code);
std::optional<MessageCode> message_from_name(std::string_view name);

// The arguments of a nested message: the code's name, then its own arguments ({*} in a template).
std::vector<std::string> nested(MessageCode code, std::vector<std::string> args = {});

// Whether `args` are what `code`'s template takes: one per numbered placeholder, then for {*} a
// nested message whose own arguments fit.
bool message_args_fit(MessageCode code, const std::vector<std::string>& args);

}  // namespace ds

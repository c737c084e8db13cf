#include "VersionRows.h"

bool VersionRows::capture(const QSqlDatabase& db, qint64 versionId, std::vector<RowSnapshot>* rows, QString* error)
{
    static const std::pair<const char*, const char*> parts[] = {
        {"questionnaire_version", "id = ?"},
        {"section", "version_id = ? AND parent_id IS NULL"},
        {"section", "version_id = ? AND parent_id IS NOT NULL"},
        {"section_text", "section_id IN (SELECT id FROM section WHERE version_id = ?)"},
        {"question", "version_id = ?"},
        {"question_text", "question_id IN (SELECT id FROM question WHERE version_id = ?)"},
        {"question_option", "question_id IN (SELECT id FROM question WHERE version_id = ?)"},
        {"option_text", "option_id IN (SELECT o.id FROM question_option o JOIN question q ON q.id = o.question_id "
                        "WHERE q.version_id = ?)"},
    };
    for (const auto& [table, where] : parts)
        if (!RowSnapshot::capture(db, QString::fromLatin1(table), QString::fromLatin1(where), {versionId}, rows, error))
            return false;
    return true;
}

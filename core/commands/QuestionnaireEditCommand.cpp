#include "QuestionnaireEditCommand.h"

#include "VersionRows.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireStore.h"

#include <QSqlError>
#include <QSqlQuery>


QuestionnaireEditCommand::QuestionnaireEditCommand(Project* project, qint64 versionId, const QString& text,
                                                   const Questionnaire& after, const QString& mergeKey)
    : UndoCommand(text)
    , m_project(project)
    , m_versionId(versionId)
    , m_mergeKey(mergeKey)
    , m_after(after)
{
}

bool QuestionnaireEditCommand::capture(const QSqlDatabase& db, std::vector<RowSnapshot>* rows, QString* error) const
{
    rows->clear();
    if (!VersionRows::capture(db, m_versionId, rows, error))
        return false;
    // The questionnaire's own name and channel live in its row, shared by its versions.
    return RowSnapshot::capture(db, QStringLiteral("questionnaire"),
                                QStringLiteral("id = (SELECT questionnaire_id FROM questionnaire_version WHERE id = ?)"),
                                {m_versionId}, rows, error);
}

bool QuestionnaireEditCommand::restore(const std::vector<RowSnapshot>& rows, QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM section WHERE version_id = ?"));
            query.addBindValue(m_versionId);
            if (!query.exec()) {
                *why = query.lastError().databaseText();
                return false;
            }
            std::vector<RowSnapshot> content;
            for (const RowSnapshot& row : rows) {
                // Header rows (the version and the questionnaire) are updated in place.
                if (row.table == QLatin1String("questionnaire_version")) {
                    query.prepare(QStringLiteral("UPDATE questionnaire_version SET section_scoring = ? WHERE id = ?"));
                    query.addBindValue(row.value("section_scoring"));
                    query.addBindValue(m_versionId);
                } else if (row.table == QLatin1String("questionnaire")) {
                    query.prepare(QStringLiteral("UPDATE questionnaire SET name = ?, channel = ? WHERE id = ?"));
                    query.addBindValue(row.value("name"));
                    query.addBindValue(row.value("channel"));
                    query.addBindValue(row.value("id"));
                } else {
                    content.push_back(row);
                    continue;
                }
                if (!query.exec()) {
                    *why = query.lastError().databaseText();
                    return false;
                }
            }
            return RowSnapshot::restore(db, content, why);
        },
        error);
}

bool QuestionnaireEditCommand::redo(QString* error)
{
    if (m_applied)
        return restore(m_afterRows, error);
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            if (QuestionnaireStore::status(db, m_versionId) != QLatin1String("draft")) {
                *why = QuestionnaireStore::tr("this questionnaire version has reports and is frozen; "
                                              "create a new version to change it");
                return false;
            }
            return capture(db, &m_beforeRows, why) && QuestionnaireStore::replaceContent(db, m_versionId, m_after, why)
                   && capture(db, &m_afterRows, why);
        },
        error);
    if (!ok)
        return false;
    m_applied = true;
    m_after = {}; // the rows say it all from now on
    return true;
}

bool QuestionnaireEditCommand::undo(QString* error)
{
    return restore(m_beforeRows, error);
}

bool QuestionnaireEditCommand::mergeWith(const UndoCommand* other)
{
    const auto* edit = dynamic_cast<const QuestionnaireEditCommand*>(other);
    if (!edit || edit->m_mergeKey != m_mergeKey || edit->m_versionId != m_versionId || m_mergeKey.isEmpty())
        return false;
    m_afterRows = edit->m_afterRows;
    return true;
}

bool QuestionnaireEditCommand::isObsolete() const
{
    if (m_beforeRows.size() != m_afterRows.size())
        return false;
    for (size_t i = 0; i < m_beforeRows.size(); ++i)
        if (m_beforeRows[i].table != m_afterRows[i].table || m_beforeRows[i].values != m_afterRows[i].values)
            return false;
    return true;
}

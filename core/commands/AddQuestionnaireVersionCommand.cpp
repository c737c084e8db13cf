#include "AddQuestionnaireVersionCommand.h"

#include "VersionRows.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireStore.h"

#include <QSqlError>
#include <QSqlQuery>

AddQuestionnaireVersionCommand::AddQuestionnaireVersionCommand(Project* project, const Questionnaire& questionnaire,
                                                               const QString& text)
    : UndoCommand(text)
    , m_project(project)
    , m_questionnaire(questionnaire)
{
}

bool AddQuestionnaireVersionCommand::redo(QString* error)
{
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            if (m_applied)
                return RowSnapshot::restore(db, m_rows, why);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM questionnaire WHERE code = ?"));
            query.addBindValue(m_questionnaire.code);
            m_createdQuestionnaire = query.exec() && query.next() && query.value(0).toInt() == 0;
            const auto versionId = QuestionnaireStore::insertVersion(db, m_questionnaire, why);
            if (!versionId)
                return false;
            m_versionId = *versionId;
            // Keep the rows, parents first, for a redo after an undo.
            m_rows.clear();
            bool captured = true;
            if (m_createdQuestionnaire)
                captured = RowSnapshot::capture(db, QStringLiteral("questionnaire"),
                                                QStringLiteral("id = (SELECT questionnaire_id FROM questionnaire_version WHERE id = ?)"),
                                                {m_versionId}, &m_rows, why);
            return captured && VersionRows::capture(db, m_versionId, &m_rows, why);
        },
        error);
    if (!ok)
        return false;
    m_applied = true;
    return true;
}

bool AddQuestionnaireVersionCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            // Everything of the version goes with it (ON DELETE CASCADE); a scenario or a report
            // that uses it by now makes the delete fail, which is right.
            query.prepare(m_createdQuestionnaire
                              ? QStringLiteral("DELETE FROM questionnaire WHERE id = (SELECT questionnaire_id FROM "
                                               "questionnaire_version WHERE id = ?)")
                              : QStringLiteral("DELETE FROM questionnaire_version WHERE id = ?"));
            query.addBindValue(m_versionId);
            if (!query.exec()) {
                *why = query.lastError().databaseText();
                return false;
            }
            return true;
        },
        error);
}

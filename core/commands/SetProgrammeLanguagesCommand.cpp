#include "SetProgrammeLanguagesCommand.h"

#include "programme/ProgrammeField.h"
#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

SetProgrammeLanguagesCommand::SetProgrammeLanguagesCommand(Project* project, const QStringList& before,
                                                           const QStringList& after)
    : UndoCommand(ProgrammeField::tr("Change the programme's languages"))
    , m_project(project)
    , m_before(before)
    , m_after(after)
{
}

bool SetProgrammeLanguagesCommand::apply(const QStringList& languages, QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            auto exec = [&](const QString& sql, const QVariantList& values) {
                query.prepare(sql);
                for (const QVariant& value : values)
                    query.addBindValue(value);
                if (query.exec())
                    return true;
                *why = query.lastError().databaseText();
                return false;
            };
            // Positions are unique: move them out of the way first.
            if (!exec(QStringLiteral("UPDATE programme_language SET position = -1 - position"), {}))
                return false;
            QSqlQuery existing(QStringLiteral("SELECT code FROM programme_language"), db);
            QStringList present;
            while (existing.next())
                present << existing.value(0).toString();
            for (const QString& code : present) {
                if (languages.contains(code))
                    continue;
                if (!exec(QStringLiteral("DELETE FROM programme_language WHERE code = ?"), {code})) {
                    *why = ProgrammeField::tr("“%1” cannot be removed while texts or reports use it").arg(code);
                    return false;
                }
            }
            for (qsizetype i = 0; i < languages.size(); ++i)
                if (!exec(QStringLiteral("INSERT INTO programme_language (code, position) VALUES (?, ?) "
                                         "ON CONFLICT (code) DO UPDATE SET position = excluded.position"),
                          {languages[i], int(i)}))
                    return false;
            return true;
        },
        error);
}

bool SetProgrammeLanguagesCommand::redo(QString* error)
{
    return apply(m_after, error);
}

bool SetProgrammeLanguagesCommand::undo(QString* error)
{
    return apply(m_before, error);
}

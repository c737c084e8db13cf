#include "DeleteLocationsCommand.h"

#include "planning/LocationImport.h"
#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

DeleteLocationsCommand::DeleteLocationsCommand(Project* project, const QStringList& codes)
    : UndoCommand(codes.size() == 1 ? LocationImport::tr("Delete location %1").arg(codes.first())
                                    : LocationImport::tr("Delete %n location(s)", nullptr, int(codes.size())))
    , m_project(project)
    , m_codes(codes)
{
}

bool DeleteLocationsCommand::redo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            m_rows.clear();
            QSqlQuery query(db);
            for (const QString& code : m_codes) {
                query.prepare(QStringLiteral("SELECT count(*) FROM visit WHERE location_id = (SELECT id FROM location WHERE code = ?)"));
                query.addBindValue(code);
                if (query.exec() && query.next() && query.value(0).toLongLong() > 0) {
                    *why = LocationImport::tr("%1 has %n visit(s); deactivate it instead of deleting it", nullptr,
                                              query.value(0).toInt())
                               .arg(code);
                    return false;
                }
                const QVariantList bind{code};
                if (!RowSnapshot::capture(db, QStringLiteral("location"), QStringLiteral("code = ?"), bind, &m_rows, why))
                    return false;
            }
            for (const char* child : {"location_hours", "location_attribute"})
                for (const QString& code : m_codes)
                    if (!RowSnapshot::capture(db, QString::fromLatin1(child),
                                              QStringLiteral("location_id = (SELECT id FROM location WHERE code = ?)"), {code},
                                              &m_rows, why))
                        return false;
            for (const QString& code : m_codes) {
                query.prepare(QStringLiteral("DELETE FROM location WHERE code = ?"));
                query.addBindValue(code);
                if (!query.exec()) {
                    *why = query.lastError().databaseText();
                    return false;
                }
            }
            return true;
        },
        error);
}

bool DeleteLocationsCommand::undo(QString* error)
{
    return m_project->write([&](const QSqlDatabase& db, QString* why) { return RowSnapshot::restore(db, m_rows, why); },
                            error);
}

#include "SetWaveStatusCommand.h"

#include "models/DomainLabels.h"
#include "planning/WaveSeries.h"
#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

SetWaveStatusCommand::SetWaveStatusCommand(Project* project, qint64 waveId, const QString& code, const QString& from,
                                           const QString& to)
    : UndoCommand(WaveSeries::tr("Set wave %1 to %2").arg(code, DomainLabels::label(DomainLabels::WaveStatus, to).toLower()))
    , m_project(project)
    , m_waveId(waveId)
    , m_from(from)
    , m_to(to)
{
}

bool SetWaveStatusCommand::apply(const QString& status, QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE wave SET status = ? WHERE id = ?"));
            query.addBindValue(status);
            query.addBindValue(m_waveId);
            if (!query.exec()) {
                *why = query.lastError().databaseText();
                return false;
            }
            return true;
        },
        error);
}

bool SetWaveStatusCommand::redo(QString* error)
{
    return apply(m_to, error);
}

bool SetWaveStatusCommand::undo(QString* error)
{
    return apply(m_from, error);
}

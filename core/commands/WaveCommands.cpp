#include "WaveCommands.h"

#include "AddWavesCommand.h"
#include "SetWaveStatusCommand.h"
#include "UndoStack.h"
#include "planning/WaveStatusRules.h"
#include "project/Project.h"

#include <QSet>
#include <QSqlQuery>

namespace Command {

std::optional<QList<qint64>> addWaves(Project* project, const std::vector<WaveSeries::Wave>& waves, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<QList<qint64>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (waves.empty())
        return fail(WaveSeries::tr("no waves to add"));
    QSet<QString> codes;
    QSqlQuery existing(project->database());
    existing.prepare(QStringLiteral("SELECT count(*) FROM wave WHERE code = ?"));
    for (const auto& wave : waves) {
        if (wave.code.trimmed().isEmpty() || wave.name.trimmed().isEmpty())
            return fail(WaveSeries::tr("every wave needs a code and a name"));
        if (!wave.starts.isValid() || !wave.ends.isValid() || wave.ends < wave.starts)
            return fail(WaveSeries::tr("wave %1 ends before it starts").arg(wave.code));
        if (codes.contains(wave.code))
            return fail(WaveSeries::tr("the code %1 is used twice").arg(wave.code));
        codes.insert(wave.code);
        existing.addBindValue(wave.code);
        if (existing.exec() && existing.next() && existing.value(0).toInt() > 0)
            return fail(WaveSeries::tr("a wave with the code %1 exists already").arg(wave.code));
    }
    auto command = std::make_unique<AddWavesCommand>(project, waves);
    AddWavesCommand* added = command.get();
    if (!project->undoStack()->push(std::move(command), error))
        return std::nullopt;
    return added->ids();
}

bool setWaveStatus(Project* project, const QString& waveCode, const QString& status, QString* error)
{
    QSqlQuery query(project->database());
    query.prepare(QStringLiteral("SELECT id, status FROM wave WHERE code = ?"));
    query.addBindValue(waveCode);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = WaveSeries::tr("there is no wave %1").arg(waveCode);
        return false;
    }
    const qint64 id = query.value(0).toLongLong();
    const QString from = query.value(1).toString();
    query.finish();
    const QString refusal = WaveStatusRules::refusal(project->database(), id, from, status);
    if (!refusal.isEmpty()) {
        if (error)
            *error = WaveSeries::tr("Wave %1: %2.").arg(waveCode, refusal);
        return false;
    }
    if (from == status)
        return true;
    return project->undoStack()->push(std::make_unique<SetWaveStatusCommand>(project, id, waveCode, from, status), error);
}

} // namespace Command

#include "ChangeShoppersCommand.h"

#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "project/WorkerWrites.h"
#include "shoppers/ShopperWriter.h"

namespace {
// The new value, keeping the shopper's id and the ids of the conflict rows that stay.
ShopperStore::Stored firstWrite(const std::optional<ShopperStore::Stored>& before, Shopper after)
{
    ShopperStore::Stored stored{before ? before->id : 0, std::move(after), {}};
    for (const Shopper::Conflict& conflict : stored.shopper.conflicts) {
        qint64 id = 0;
        if (before) {
            const QList<Shopper::Conflict>& was = before->shopper.conflicts;
            for (qsizetype i = 0; i < was.size(); ++i)
                if (was[i].locationCode == conflict.locationCode && was[i].brand == conflict.brand)
                    id = before->conflictIds.value(i, 0);
        }
        stored.conflictIds << id;
    }
    return stored;
}
} // namespace

ChangeShoppersCommand::ChangeShoppersCommand(Project* project, std::vector<Change> changes, const QString& text)
    : UndoCommand(text)
    , m_project(project)
{
    m_steps.reserve(changes.size());
    for (Change& change : changes) {
        Step step{std::move(change.before), std::nullopt};
        if (change.after)
            step.after = firstWrite(step.before, std::move(*change.after));
        m_steps.push_back(std::move(step));
    }
}

bool ChangeShoppersCommand::redo(QString* error)
{
    // The ids the file gives are kept only once the whole edit has landed.
    std::vector<std::pair<qint64, QList<qint64>>> ids(m_steps.size());
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            // The connection that writes: the window's, or a worker's (see WorkerWrites).
            ShopperWriter writer(ProjectConnection::handleOf(db));
            for (size_t i = 0; i < m_steps.size(); ++i) {
                if (i % 256 == 0 && !WorkerWrites::reportProgress(int(i * 100 / m_steps.size())))
                    return false;
                const Step& step = m_steps[i];
                if (!step.after) {
                    const qint64 visits = ShopperStore::visitCount(db, step.before->id);
                    if (visits > 0) {
                        *why = ShopperStore::tr("%1 has %n visit(s); pause or block the shopper instead of deleting", nullptr,
                                                int(visits))
                                   .arg(step.before->shopper.code);
                        return false;
                    }
                    if (!writer.remove(step.before->id, why))
                        return false;
                    continue;
                }
                ShopperStore::Stored after = *step.after;
                if (!writer.write(&after, step.before.has_value(), why)) {
                    *why = ShopperStore::tr("shopper %1: %2").arg(after.shopper.code, *why);
                    return false;
                }
                ids[i] = {after.id, after.conflictIds};
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    for (size_t i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].after) {
            m_steps[i].after->id = ids[i].first;
            m_steps[i].after->conflictIds = ids[i].second;
        }
    }
    return true;
}

bool ChangeShoppersCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            ShopperWriter writer(ProjectConnection::handleOf(db));
            for (auto step = m_steps.rbegin(); step != m_steps.rend(); ++step) {
                if (!step->before) {
                    if (!writer.remove(step->after->id, why)) {
                        *why = ShopperStore::tr("shopper %1 is in use by now and stays").arg(step->after->shopper.code);
                        return false;
                    }
                    continue;
                }
                ShopperStore::Stored before = *step->before;
                if (!writer.write(&before, step->after.has_value(), why))
                    return false;
            }
            return true;
        },
        error);
}

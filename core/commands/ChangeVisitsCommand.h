#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"

#include <QDateTime>

#include <optional>
#include <vector>

class Project;

// Changes visits' fieldwork state by hand: status, shopper, who assigned it, lock; each change
// leaves an event in the visit's history (visit_event). Undo puts the visits back as they were
// and removes those events; redo writes the very same rows again.
class ChangeVisitsCommand : public UndoCommand
{
public:
    struct Change
    {
        qint64 visitId = 0;
        QString status;                  // the visit's new status
        std::optional<qint64> shopperId; // none: no shopper (planned, cancelled)
        QString assignedBy;              // "manual", "auto" or empty (no shopper)
        bool locked = false;
        QString note;                    // kept with the event ("shopper ill", "client closed the branch")
    };

    ChangeVisitsCommand(Project* project, std::vector<Change> changes, const QString& text);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    Project* m_project;
    std::vector<Change> m_changes;
    QDateTime m_at;                      // when the change was made, the same on redo
    std::vector<RowSnapshot> m_before;   // the visits as they were
    std::vector<RowSnapshot> m_events;   // the events written, ids included
};

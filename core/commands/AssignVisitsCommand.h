#pragma once

#include "UndoCommand.h"

#include <QString>

#include <vector>

class Project;

// Writes an assignment run (the engine's result) as one undo step: each changed visit gets its
// shopper and status 'assigned' by 'auto' (or goes back to 'planned'), and a visit_event row,
// with one prepared statement for tens of thousands of rows. Changes by hand and fieldwork
// steps go through ChangeVisitsCommand instead, one visit at a time and with a note. Before writing it checks that every visit is still as the caller saw it
// (status, shopper, how assigned, not locked), so a run cannot overwrite a change made since.
// Undo puts back exactly the earlier values and removes the events.
class AssignVisitsCommand : public UndoCommand
{
public:
    struct Change
    {
        qint64 visitId = 0;
        qint64 shopperId = 0;      // 0: back to planned without a shopper
        QString expectedStatus;    // as the caller saw the visit
        qint64 expectedShopperId = 0;
        QString expectedAssignedBy;
    };

    AssignVisitsCommand(Project* project, const QString& waveCode, std::vector<Change> changes);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    // Writes one side: to the new values (forward) or back to the expected ones.
    bool apply(bool forward, QString* error);

    Project* m_project;
    QString m_waveCode;
    std::vector<Change> m_changes;
    QString m_at;                // the events' time, the same on every redo
    std::vector<qint64> m_eventIds; // fixed on the first redo
};

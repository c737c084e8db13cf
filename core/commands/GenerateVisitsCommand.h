#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"
#include "planning/PlanProposal.h"

#include <vector>

class Project;

// Writes a wave's generated visits: the planned visits they replace go, the new ones come,
// and (when asked) the rules are stored for the wave or as the programme's default. Undo puts
// back exactly the visits and rules there were.
class GenerateVisitsCommand : public UndoCommand
{
public:
    enum class StoreRules { No, ForWave, ForProgramme };

    GenerateVisitsCommand(Project* project, PlanProposal proposal, StoreRules store);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    Project* m_project;
    PlanProposal m_proposal;
    StoreRules m_store;
    QList<qint64> m_newIds;              // ids of the inserted visits, fixed on the first redo
    std::vector<RowSnapshot> m_replaced; // replaced visits and their events, for undo
    std::vector<RowSnapshot> m_oldRules; // the rules row that was replaced, if any
};

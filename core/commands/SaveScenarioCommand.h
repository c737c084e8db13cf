#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"
#include "planning/Scenario.h"

#include <optional>

class Project;

// Adds a scenario or changes one (texts and requirements included), or adds a copy. The first
// run writes the record and keeps the rows before and after, ids included; undo and redo put
// those very rows back, so the scenario keeps its id and the visits that play it.
class SaveScenarioCommand : public UndoCommand
{
public:
    // id: the scenario to change; empty to add one. text: the undo step's name.
    SaveScenarioCommand(Project* project, std::optional<qint64> id, const Scenario& scenario, const QString& text);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    Project* m_project;
    std::optional<qint64> m_id;
    Scenario m_scenario;
    bool m_applied = false;
    std::vector<RowSnapshot> m_before; // the scenario row, then its texts and requirements; empty when new
    std::vector<RowSnapshot> m_after;
};

#pragma once

#include "areas/TableActions.h"

// The actions on the Scenarios table: add, edit (also by double-click), duplicate and delete.
// They act on the window's current project, which changes as programmes are opened and closed.
class ScenarioActions : public TableActions
{
    Q_OBJECT

public:
    ScenarioActions(QMainWindow* window, TablePanel* scenarios, std::function<Project*()> project);

private:
    void edit(const QString& code);
    void duplicateSelected();
    void deleteSelected();
};

#pragma once

#include "areas/TableActions.h"

// The actions on the Locations table: add, edit, delete, import and export, and the tree of the
// geography beside it (a double-click on a location there edits it too). They act on the window's
// current project, which changes as programmes are opened and closed.
class LocationActions : public TableActions
{
    Q_OBJECT

public:
    LocationActions(QMainWindow* window, TablePanel* locations, std::function<Project*()> project);

    // Imports locations from a CSV file through the import dialog (its answer is the user's).
    bool importFrom(const QString& path);

private:
    void edit(const QString& code);
    void deleteSelected();
    void import();
    void exportAll();
};

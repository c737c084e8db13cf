#pragma once

#include "areas/TableActions.h"

// The actions on the Shoppers table: add, edit (also a double-click), delete, import and export,
// in the buttons above the table and its context menu. They act on the window's current project,
// which changes as programmes are opened and closed.
class ShopperActions : public TableActions
{
    Q_OBJECT

public:
    ShopperActions(QMainWindow* window, TablePanel* shoppers, std::function<Project*()> project);

    // Imports shoppers from a CSV file through the import dialog (its answer is the user's).
    bool importFrom(const QString& path);
    // Exports the panel through the export dialog (which asks about personal data).
    bool exportTo(const QString& path);

private:
    void edit(const QString& code);
    void deleteSelected();
    void import();
};

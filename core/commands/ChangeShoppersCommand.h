#pragma once

#include "UndoCommand.h"
#include "shoppers/ShopperStore.h"

#include <optional>
#include <vector>

class Project;

// Adds, changes and deletes shoppers as one undo step: a form's save, an import of a whole panel,
// a delete. Each change says what a shopper was (nothing: it is new) and what it becomes
// (nothing: it goes). The first run writes the new values and keeps the ids the file gave;
// undo and redo write the kept values back with those ids, so visits, assignments and conflict
// rows find the very same shoppers again. A shopper with visits is never deleted.
class ChangeShoppersCommand : public UndoCommand
{
public:
    struct Change
    {
        std::optional<ShopperStore::Stored> before;
        std::optional<Shopper> after;
    };

    ChangeShoppersCommand(Project* project, std::vector<Change> changes, const QString& text);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    // What one shopper was and becomes, as stored; the first run fills in the ids the file chose.
    struct Step
    {
        std::optional<ShopperStore::Stored> before;
        std::optional<ShopperStore::Stored> after;
    };

    Project* m_project;
    std::vector<Step> m_steps;
};

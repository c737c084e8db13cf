#pragma once

#include "shoppers/Shopper.h"
#include "shoppers/ShopperImport.h"

#include <QStringList>

#include <memory>

class Project;
class UndoCommand;

// The edits of the shopper panel; each is one undo step and one transaction.
namespace Command {
// Adds a shopper (originalCode empty) or changes the one that had originalCode. The shopper is
// tidied and checked first; the problems, if any, are listed in *problems (one per line, each
// naming its field: "E-mail: “anna@” is not an e-mail address") and nothing changes. Saving a
// shopper unchanged succeeds without an undo step.
bool saveShopper(Project* project, const Shopper& shopper, const QString& originalCode, QString* problems);
// Deletes shoppers with their personal data, languages, tags, periods and conflicts. Refused,
// with the reason, for a shopper who has visits (pause or block them instead).
bool deleteShoppers(Project* project, const QStringList& codes, QString* error);
// The undo step that writes an import plan, not yet applied (a window runs it on a worker thread:
// see BackgroundEdit); null when there is nothing to write (*error says why; it stays empty when
// the panel already holds what the file says).
std::unique_ptr<UndoCommand> shopperImport(Project* project, const ShopperImport::Plan& plan, const QString& fileName,
                                           bool validRowsOnly, QString* error);
// Writes an import plan as one undo step. A plan with errors is refused unless validRowsOnly
// (the user chose to import the valid rows and leave the others out). A file that changes
// nothing succeeds without an undo step.
bool importShoppers(Project* project, const ShopperImport::Plan& plan, const QString& fileName, bool validRowsOnly,
                    QString* error);
} // namespace Command

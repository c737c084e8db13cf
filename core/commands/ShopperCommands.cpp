#include "ShopperCommands.h"

#include "ChangeShoppersCommand.h"
#include "UndoStack.h"
#include "project/Project.h"
#include "shoppers/ShopperValidator.h"

namespace Command {

bool saveShopper(Project* project, const Shopper& shopper, const QString& originalCode, QString* problems)
{
    Shopper tidy = shopper;
    tidy.tidy();
    const QSqlDatabase db = project->database();
    const auto found = ShopperValidator::check(db, tidy, originalCode);
    if (!found.isEmpty()) {
        if (problems)
            *problems = ShopperValidator::texts(found).join(QLatin1Char('\n'));
        return false;
    }
    ChangeShoppersCommand::Change change{std::nullopt, tidy};
    QString text = ShopperStore::tr("Add shopper %1").arg(tidy.code);
    if (!originalCode.isEmpty()) {
        QHash<qint64, ShopperStore::Stored> current;
        const qint64 id = ShopperStore::idOf(db, originalCode).value_or(0);
        if (!ShopperStore::loadMany(db, {id}, &current, problems) || !current.contains(id))
            return false;
        Shopper was = current.value(id).shopper;
        was.tidy();
        if (was == tidy)
            return true; // nothing to do, nothing to undo
        change.before = current.value(id);
        text = originalCode == tidy.code ? ShopperStore::tr("Edit shopper %1").arg(tidy.code)
                                         : ShopperStore::tr("Edit shopper %1 (now %2)").arg(originalCode, tidy.code);
    }
    std::vector<ChangeShoppersCommand::Change> changes;
    changes.push_back(std::move(change));
    return project->undoStack()->push(std::make_unique<ChangeShoppersCommand>(project, std::move(changes), text), problems);
}

bool deleteShoppers(Project* project, const QStringList& codes, QString* error)
{
    if (codes.isEmpty())
        return true;
    const QSqlDatabase db = project->database();
    // Refusals are told before the edit starts, in the user's words rather than as a failed write.
    QList<qint64> ids;
    for (const QString& code : codes) {
        const auto id = ShopperStore::idOf(db, code);
        const qint64 visits = id ? ShopperStore::visitCount(db, *id) : 0;
        if (!id || visits > 0) {
            if (error)
                *error = !id ? ShopperStore::tr("there is no shopper %1").arg(code)
                             : ShopperStore::tr("%1 has %n visit(s); pause or block the shopper instead of deleting", nullptr,
                                                int(visits))
                                   .arg(code);
            return false;
        }
        ids << *id;
    }
    QHash<qint64, ShopperStore::Stored> current;
    if (!ShopperStore::loadMany(db, ids, &current, error))
        return false;
    std::vector<ChangeShoppersCommand::Change> changes;
    for (qint64 id : ids)
        changes.push_back({current.value(id), std::nullopt});
    const QString text = codes.size() == 1 ? ShopperStore::tr("Delete shopper %1").arg(codes.first())
                                           : ShopperStore::tr("Delete %n shopper(s)", nullptr, int(codes.size()));
    return project->undoStack()->push(std::make_unique<ChangeShoppersCommand>(project, std::move(changes), text), error);
}

std::unique_ptr<UndoCommand> shopperImport(Project* project, const ShopperImport::Plan& plan, const QString& fileName,
                                           bool validRowsOnly, QString* error)
{
    if (error)
        error->clear();
    if (CsvProblem::refuses(plan.problems, validRowsOnly)) {
        if (error)
            *error = ShopperImport::tr("%1 has problems; nothing was imported").arg(fileName);
        return nullptr;
    }
    if (plan.records.empty()) {
        if (error && plan.unchanged == 0)
            *error = ShopperImport::tr("%1 holds no shopper to import").arg(fileName);
        return nullptr; // with no message: the panel already holds what the file says
    }
    std::vector<ChangeShoppersCommand::Change> changes;
    changes.reserve(plan.records.size());
    for (const ShopperImport::Record& record : plan.records)
        changes.push_back({record.before, record.after});
    return std::make_unique<ChangeShoppersCommand>(project, std::move(changes),
                                                   ShopperImport::tr("Import shoppers from %1").arg(fileName));
}

bool importShoppers(Project* project, const ShopperImport::Plan& plan, const QString& fileName, bool validRowsOnly,
                    QString* error)
{
    QString why;
    auto command = shopperImport(project, plan, fileName, validRowsOnly, &why);
    if (!command) {
        if (error)
            *error = why;
        return why.isEmpty(); // nothing to change is no failure
    }
    return project->undoStack()->push(std::move(command), error);
}

} // namespace Command

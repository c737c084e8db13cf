#include "LocationCommands.h"

#include "DeleteLocationsCommand.h"
#include "ImportLocationsCommand.h"
#include "UndoStack.h"
#include "io/ImportRow.h"
#include "project/Project.h"


namespace Command {

std::unique_ptr<UndoCommand> locationImport(Project* project, const LocationImport::Plan& plan, const QString& fileName,
                                            bool validRowsOnly, QString* error)
{
    if (CsvProblem::refuses(plan.problems, validRowsOnly)) {
        if (error)
            *error = LocationImport::tr("%1 has problems; nothing was imported").arg(fileName);
        return nullptr;
    }
    if (plan.records.empty()) {
        if (error)
            *error = LocationImport::tr("%1 holds no location to import").arg(fileName);
        return nullptr;
    }
    return std::make_unique<ImportLocationsCommand>(project, plan, LocationImport::tr("Import locations from %1").arg(fileName));
}

bool importLocations(Project* project, const LocationImport::Plan& plan, const QString& fileName, bool validRowsOnly,
                     QString* error)
{
    auto command = locationImport(project, plan, fileName, validRowsOnly, error);
    return command && project->undoStack()->push(std::move(command), error);
}

namespace {
bool save(Project* project, const QHash<QString, QString>& values, const std::optional<LocationImport::Attributes>& attributes,
          QString* problems)
{
    // A form is a file of one row: the same checks, the same writing, the same undo.
    CsvTable table;
    QStringList row;
    LocationImport::Mapping mapping;
    for (int field = 0; field < LocationImport::FieldCount; ++field) {
        const QString key = LocationImport::fieldKey(LocationImport::Field(field));
        if (!values.contains(key))
            continue;
        mapping.insert(field, table.header.size());
        // A form names a day's hours by the day alone: "Tuesday: 18:00 is not after 19:00".
        table.header << (LocationImport::isHoursField(field)
                             ? OpeningHours::weekdayName(field - LocationImport::HoursMonday + 1)
                             : LocationImport::fieldLabel(LocationImport::Field(field)));
        row << values.value(key);
    }
    table.rows << row;
    table.lines << 1;
    LocationImport::Options options; // a form passes numbers with a decimal point
    LocationImport::Plan plan = LocationImport::plan(project->database(), table, mapping, options, QString());
    const QStringList attributeProblems = attributes ? LocationImport::attributeProblems(*attributes) : QStringList();
    if (plan.hasErrors() || plan.records.empty() || !attributeProblems.isEmpty()) {
        QStringList messages;
        // "line 1, column 3 (Latitude): ..." reads as "Latitude: ..." in a form.
        for (const CsvProblem& problem : plan.problems)
            messages << ImportRow::formMessage(problem, table.header);
        messages += attributeProblems;
        if (problems)
            *problems = messages.join(QLatin1Char('\n'));
        return false;
    }
    plan.records.front().attributes = attributes;
    const QString code = values.value(QStringLiteral("code"));
    const QString text = plan.records.front().exists ? LocationImport::tr("Edit location %1").arg(code)
                                                     : LocationImport::tr("Add location %1").arg(code);
    return project->undoStack()->push(std::make_unique<ImportLocationsCommand>(project, plan, text), problems);
}
} // namespace

bool saveLocation(Project* project, const QHash<QString, QString>& values, QString* problems)
{
    return save(project, values, std::nullopt, problems);
}

bool saveLocation(Project* project, const QHash<QString, QString>& values, const LocationImport::Attributes& attributes,
                  QString* problems)
{
    return save(project, values, attributes, problems);
}

bool deleteLocations(Project* project, const QStringList& codes, QString* error)
{
    if (codes.isEmpty())
        return true;
    return project->undoStack()->push(std::make_unique<DeleteLocationsCommand>(project, codes), error);
}

} // namespace Command

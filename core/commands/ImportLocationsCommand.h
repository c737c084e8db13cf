#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"
#include "planning/LocationImport.h"

#include <QHash>

class Project;

// Writes an import plan in one transaction: new codes inserted, known codes updated (mapped
// fields only), missing countries, regions and areas created. Undo deletes what was added and
// puts every updated location back as it was; redo restores the very same rows.
class ImportLocationsCommand : public UndoCommand
{
public:
    // text: the undo step's name ("Import locations from …", "Edit location …").
    ImportLocationsCommand(Project* project, const LocationImport::Plan& plan, const QString& text);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    bool firstRun(const QSqlDatabase& db, QString* error);
    std::optional<qint64> geoUnit(const QSqlDatabase& db, const QStringList& path, QString* error);

    Project* m_project;
    LocationImport::Plan m_plan;
    bool m_applied = false;
    std::vector<RowSnapshot> m_createdGeo;     // rows, parents first
    std::vector<RowSnapshot> m_inserted;       // location rows as inserted
    std::vector<RowSnapshot> m_updatedBefore;  // location rows before the update
    std::vector<RowSnapshot> m_updatedAfter;   // the same rows after it
    QHash<QString, qint64> m_geoCache;         // geography path -> unit, during the first run
};

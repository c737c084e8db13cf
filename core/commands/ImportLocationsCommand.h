#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"
#include "planning/LocationImport.h"

#include <QHash>

class Project;

// Writes an import plan in one transaction: new codes inserted, known codes updated (mapped
// fields only, opening hours of the mapped weekdays, attributes when given), missing countries,
// regions and areas created. Undo deletes what was added and puts every updated location back as
// it was, hours and attributes included; redo restores the very same rows.
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
    bool writeChildren(const QSqlDatabase& db, QString* error) const;
    bool clearChildren(const QSqlDatabase& db, QString* error) const;

    // Opening hours (the weekdays that change) and attributes one record writes.
    struct ChildWrite
    {
        qint64 id;         // the location
        size_t record;     // in m_plan.records
        QList<int> weekdays;
        bool attributes;
        bool exists;       // an updated location (its old rows are in m_childrenBefore)
    };

    Project* m_project;
    LocationImport::Plan m_plan;
    bool m_applied = false;
    std::vector<RowSnapshot> m_createdGeo;     // rows, parents first
    std::vector<RowSnapshot> m_inserted;       // location rows as inserted
    std::vector<RowSnapshot> m_updatedBefore;  // location rows before the update
    std::vector<RowSnapshot> m_updatedAfter;   // the same rows after it
    std::vector<ChildWrite> m_childWrites;
    std::vector<RowSnapshot> m_childrenBefore; // hours of the changed weekdays and attributes, as they were
    QHash<QString, qint64> m_geoCache;         // geography path -> unit, during the first run
};

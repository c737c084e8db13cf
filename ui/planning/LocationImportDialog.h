#pragma once

#include "planning/LocationImport.h"
#include "widgets/CsvImportDialog.h"

#include <memory>

// Importing locations from a client's CSV (see CsvImportDialog): with the choice to refuse
// countries, regions and areas the programme lacks, and the geography the import would create.
class LocationImportDialog : public CsvImportDialog
{
    Q_OBJECT

public:
    LocationImportDialog(Project* project, const QString& path, QWidget* parent = nullptr);

    const LocationImport::Plan& plan() const { return m_plan; }

protected:
    QString fieldLabel(int field) const override;
    bool isRequired(int field) const override;
    Check check(const CsvTable& table, const ImportFieldTable::Mapping& mapping, bool decimalComma) override;
    void keepChecked(bool ok) override;
    QString summary(int problems) const override;

private:
    QCheckBox* m_knownRegionsOnly;
    LocationImport::Plan m_plan;
    std::shared_ptr<LocationImport::Plan> m_checked; // what the last check planned, until kept
};

#pragma once

#include "shoppers/ShopperImport.h"
#include "widgets/CsvImportDialog.h"

#include <memory>

// Importing shoppers from a CSV file (see CsvImportDialog): the same reading, mapping and dry run
// as for locations; the summary also counts the shoppers the file leaves as they are.
class ShopperImportDialog : public CsvImportDialog
{
    Q_OBJECT

public:
    ShopperImportDialog(Project* project, const QString& path, QWidget* parent = nullptr);

    const ShopperImport::Plan& plan() const { return m_plan; }

protected:
    QString fieldLabel(int field) const override;
    bool isRequired(int field) const override;
    Check check(const CsvTable& table, const ImportFieldTable::Mapping& mapping, bool decimalComma) override;
    void keepChecked(bool ok) override;
    QString summary(int problems) const override;

private:
    ShopperImport::Plan m_plan;
    std::shared_ptr<ShopperImport::Plan> m_checked; // what the last check planned, until kept
};

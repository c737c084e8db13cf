#pragma once

#include "reports/ReportImport.h"
#include "widgets/CsvImportDialog.h"

#include <memory>

// Importing shopper reports from a platform's CSV file (see CsvImportDialog and
// docs/results-import.md): the columns are recognised by name (visit, date, question codes), so
// there is nothing to map; the dry run lists every problem by line and column.
class ReportImportDialog : public CsvImportDialog
{
    Q_OBJECT

public:
    ReportImportDialog(Project* project, const QString& path, QWidget* parent = nullptr);

    const ReportImport::Plan& plan() const { return m_plan; }

protected:
    QString fieldLabel(int field) const override;
    bool isRequired(int field) const override;
    Check check(const CsvTable& table, const ImportFieldTable::Mapping& mapping, bool decimalComma) override;
    void keepChecked(bool ok) override;
    QString summary(int problems) const override;

private:
    ReportImport::Plan m_plan;
    bool m_odk = false; // the file is an ODK export
    std::shared_ptr<ReportImport::Plan> m_checked; // what the last check planned, until kept
};

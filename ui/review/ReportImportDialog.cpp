#include "ReportImportDialog.h"

#include "fielding/OdkResultsTable.h"

ReportImportDialog::ReportImportDialog(Project* project, const QString& path, QWidget* parent)
    : CsvImportDialog(project, path, ReportImport::fields(), QStringLiteral("reportImport"), parent)
{
    setWindowTitle(tr("Import reports from %1").arg(fileName()));
    start();
}

QString ReportImportDialog::fieldLabel(int) const
{
    return {};
}

bool ReportImportDialog::isRequired(int) const
{
    return false;
}

CsvImportDialog::Check ReportImportDialog::check(const CsvTable& table, const ImportFieldTable::Mapping&, bool decimalComma)
{
    ReportImport::Options options;
    options.decimalComma = decimalComma;
    // KoboToolbox and ODK Central exports are recognised by their columns (docs/odk.md).
    m_odk = OdkResultsTable::looksLikeOdkExport(table);
    if (m_odk)
        options.source = ReportImport::Source::Odk;
    auto plan = m_checked = std::make_shared<ReportImport::Plan>();
    const QString name = fileName();
    return [plan, table, options, name](const QSqlDatabase& db) {
        *plan = ReportImport::plan(db, table, options, name);
        return Checked{plan->problems, !plan->reports.empty()};
    };
}

void ReportImportDialog::keepChecked(bool ok)
{
    m_plan = ok && m_checked ? std::move(*m_checked) : ReportImport::Plan();
    m_checked.reset();
}

QString ReportImportDialog::summary(int problems) const
{
    return (m_odk ? tr("Read as a KoboToolbox / ODK Central export: ") : QString()) + tr("%n new report(s)", nullptr, m_plan.inserts) + QStringLiteral(", ") + tr("%n changed", nullptr, m_plan.updates)
           + QStringLiteral(", ") + tr("%n unchanged", nullptr, m_plan.unchanged) + QStringLiteral(", ")
           + tr("%n problem(s)", nullptr, problems);
}

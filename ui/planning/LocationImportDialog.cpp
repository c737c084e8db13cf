#include "LocationImportDialog.h"

#include <QCheckBox>

LocationImportDialog::LocationImportDialog(Project* project, const QString& path, QWidget* parent)
    : CsvImportDialog(project, path, LocationImport::fields(), QStringLiteral("locationImport"), parent)
    , m_knownRegionsOnly(new QCheckBox(tr("Only countries, regions and areas the programme has"), this))
{
    setWindowTitle(tr("Import locations from %1").arg(fileName()));
    addOption(m_knownRegionsOnly);
    start();
}

QString LocationImportDialog::fieldLabel(int field) const
{
    return LocationImport::fieldLabel(LocationImport::Field(field));
}

bool LocationImportDialog::isRequired(int field) const
{
    return field == LocationImport::Code || field == LocationImport::Name;
}

CsvImportDialog::Check LocationImportDialog::check(const CsvTable& table, const ImportFieldTable::Mapping& mapping,
                                                   bool decimalComma)
{
    LocationImport::Options options;
    options.decimalComma = decimalComma;
    options.createMissingRegions = !m_knownRegionsOnly->isChecked();
    auto plan = m_checked = std::make_shared<LocationImport::Plan>();
    const QString name = fileName();
    return [plan, table, mapping, options, name](const QSqlDatabase& db) {
        *plan = LocationImport::plan(db, table, mapping, options, name);
        return Checked{plan->problems, !plan->records.empty()};
    };
}

void LocationImportDialog::keepChecked(bool ok)
{
    m_plan = ok && m_checked ? std::move(*m_checked) : LocationImport::Plan();
    m_checked.reset();
}

QString LocationImportDialog::summary(int problems) const
{
    QString summary = tr("%n new location(s)", nullptr, m_plan.inserts) + QStringLiteral(", ")
                      + tr("%n updated by code", nullptr, m_plan.updates) + QStringLiteral(", ")
                      + tr("%n problem(s)", nullptr, problems);
    if (!m_plan.newGeography.isEmpty())
        summary += QStringLiteral(". ") + tr("New: %1").arg(m_plan.newGeography.mid(0, 6).join(QStringLiteral("; ")))
                   + (m_plan.newGeography.size() > 6 ? QStringLiteral(" …") : QString());
    return summary;
}

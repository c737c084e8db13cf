#include "ShopperImportDialog.h"

ShopperImportDialog::ShopperImportDialog(Project* project, const QString& path, QWidget* parent)
    : CsvImportDialog(project, path, ShopperFields::table(), QStringLiteral("shopperImport"), parent)
{
    setWindowTitle(tr("Import shoppers from %1").arg(fileName()));
    start();
}

QString ShopperImportDialog::fieldLabel(int field) const
{
    const QString label = ShopperFields::label(ShopperFields::Field(field));
    return ShopperFields::isPersonal(field) ? tr("%1 (personal)").arg(label) : label;
}

bool ShopperImportDialog::isRequired(int field) const
{
    return field == ShopperFields::Code;
}

CsvImportDialog::Check ShopperImportDialog::check(const CsvTable& table, const ImportFieldTable::Mapping& mapping,
                                                  bool decimalComma)
{
    ShopperImport::Options options;
    options.decimalComma = decimalComma;
    auto plan = m_checked = std::make_shared<ShopperImport::Plan>();
    const QString name = fileName();
    return [plan, table, mapping, options, name](const QSqlDatabase& db) {
        *plan = ShopperImport::plan(db, table, mapping, options, name);
        return Checked{plan->problems, !plan->records.empty()};
    };
}

void ShopperImportDialog::keepChecked(bool ok)
{
    m_plan = ok && m_checked ? std::move(*m_checked) : ShopperImport::Plan();
    m_checked.reset();
}

QString ShopperImportDialog::summary(int problems) const
{
    return tr("%n new shopper(s)", nullptr, m_plan.inserts) + QStringLiteral(", ")
           + tr("%n updated by code", nullptr, m_plan.updates) + QStringLiteral(", ")
           + tr("%n unchanged", nullptr, m_plan.unchanged) + QStringLiteral(", ")
           + tr("%n problem(s)", nullptr, problems);
}

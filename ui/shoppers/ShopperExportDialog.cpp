#include "ShopperExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ShopperExportDialog::ShopperExportDialog(const QString& path, int shoppers, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(path, this))
    , m_personal(new QCheckBox(tr("Include &personal data (name, e-mail, phone, address, postcode)"), this))
    , m_warning(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setWindowTitle(tr("Export shoppers"));
    setMinimumSize(620, 300); // room for the warning, so ticking the box never squeezes the text
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export shoppers"), m_path->text(), tr("CSV files (*.csv)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto* what = new QLabel(tr("%n shopper(s) with their codes, profiles, availability and conflicts of interest: what "
                               "planning needs, and nothing that tells who they are.",
                               nullptr, shoppers),
                            this);
    what->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("personalWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("The file will say who the shoppers are and how to reach them. Keep it inside the agency, never "
                          "send it to a client, and delete it when it has served its purpose (data protection: GDPR, and "
                          "the ESOMAR and MSPA codes)."));
    m_warning->setStyleSheet(QStringLiteral("color: #8a4b00; background: #fff4e0; padding: 6px; border-radius: 3px"));
    m_warning->hide();
    connect(m_personal, &QCheckBox::toggled, m_warning, &QLabel::setVisible);
    connect(m_personal, &QCheckBox::toggled, this, [this](bool personal) {
        m_export->setText(personal ? tr("&Export with personal data") : tr("&Export"));
    });
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString& text) { m_export->setEnabled(!text.trimmed().isEmpty()); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(what);
    layout->addWidget(m_personal);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_export->setDefault(true);
    m_export->setEnabled(!path.trimmed().isEmpty());
}

QString ShopperExportDialog::path() const
{
    return m_path->text().trimmed();
}

bool ShopperExportDialog::includePersonal() const
{
    return m_personal->isChecked();
}

#include "OdkExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

OdkExportDialog::OdkExportDialog(const Questionnaire& questionnaire, Format format, QWidget* parent)
    : QDialog(parent)
    , m_questionnaire(questionnaire)
{
    setWindowTitle(tr("Export for ODK fielding"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("XForm (.xml) for ODK Collect, ODK Central and Enketo"));
    m_format->addItem(tr("XLSForm (.xlsx) for KoboToolbox and ODK Central"));
    m_format->setCurrentIndex(format == Format::XForm ? 0 : 1);
    m_askVisitId = new QCheckBox(tr("Ask the shopper for the visit ID"), this);
    m_askVisitId->setToolTip(tr("Without this, the visit ID is a hidden field filled in by the link you send each shopper "
                                "(Enketo and KoboToolbox prefill: ?d[/data/ss_visit_id]=1234)."));
    m_commentEverywhere = new QCheckBox(tr("A comment field after every question"), this);
    m_commentEverywhere->setToolTip(tr("Otherwise only questions with a required comment get a comment field."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_notes = new QListWidget(this);
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_askVisitId);
    form->addRow(QString(), m_commentEverywhere);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes, 1);
    layout->addWidget(buttons);
    for (QCheckBox* box : {m_askVisitId, m_commentEverywhere})
        connect(box, &QCheckBox::toggled, this, &OdkExportDialog::refresh);
    resize(620, 360);
    refresh();
}

OdkExportDialog::Format OdkExportDialog::format() const
{
    return m_format->currentIndex() == 0 ? Format::XForm : Format::XlsForm;
}

OdkFormBuilder::Options OdkExportDialog::options() const
{
    OdkFormBuilder::Options options;
    options.askVisitId = m_askVisitId->isChecked();
    options.commentForEveryQuestion = m_commentEverywhere->isChecked();
    return options;
}

QStringList OdkExportDialog::notes() const
{
    QStringList lines;
    for (int i = 0; i < m_notes->count(); ++i)
        if (m_notes->item(i)->flags() & Qt::ItemIsSelectable)
            lines << m_notes->item(i)->text();
    return lines;
}

void OdkExportDialog::refresh()
{
    QList<QuestionnaireProblem> notes;
    const OdkForm form = OdkFormBuilder::build(m_questionnaire, options(), &notes);
    m_summary->setText(tr("%n question(s) in %1, with the visit in hidden fields and ShopScope's score as a calculated field. "
                          "Before you export, what the form cannot carry as ShopScope does:",
                          nullptr, int(m_questionnaire.questionsInOrder().size()))
                           .arg(form.languages.join(QStringLiteral(", "))));
    m_notes->clear();
    for (const QuestionnaireProblem& note : notes)
        m_notes->addItem(note.toString());
    if (notes.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nothing: every question, option, condition, translation and scoring rule carries over."),
                                         m_notes);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

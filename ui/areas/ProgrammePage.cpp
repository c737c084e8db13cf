#include "ProgrammePage.h"

#include "widgets/LastDirectory.h"

#include "commands/ProgrammeCommands.h"
#include "i18n/Translations.h"
#include "programme/ProgrammeSettings.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QFontComboBox>
#include <QPushButton>
#include <QFileDialog>
#include <QFile>
#include <QPixmap>
#include <QHBoxLayout>
#include <QFrame>
#include <QVBoxLayout>

ProgrammePage::ProgrammePage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_client(new QLineEdit(this))
    , m_programme(new QLineEdit(this))
    , m_target(new QDoubleSpinBox(this))
    , m_smallBase(new QSpinBox(this))
    , m_lockout(new QSpinBox(this))
    , m_staffNames(new QCheckBox(tr("Reports may name the staff member who served the shopper"), this))
    , m_reportLanguage(new QComboBox(this))
    , m_chartFont(new QFontComboBox(this))
    , m_logo(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("C&hoose…"), this))
    , m_removeLogo(new QPushButton(tr("Re&move"), this))
    , m_languages(new QLabel(this))
    , m_counts(new QLabel(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);

    m_client->setObjectName(QStringLiteral("client"));
    m_programme->setObjectName(QStringLiteral("programmeName"));
    m_target->setObjectName(QStringLiteral("targetScore"));
    m_target->setRange(-1, 100);
    m_target->setDecimals(1);
    m_target->setSuffix(QStringLiteral(" %"));
    m_target->setSpecialValueText(tr("No target"));
    m_smallBase->setRange(1, 1000);
    m_smallBase->setSuffix(tr(" visits"));
    m_lockout->setRange(0, 3650);
    m_lockout->setSuffix(tr(" days"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* settings = new QGroupBox(tr("Programme"), this);
    auto* form = new QFormLayout(settings);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Programme name:"), m_programme);
    form->addRow(tr("&Target score:"), m_target);
    form->addRow(tr("&Small base below:"), m_smallBase);
    form->addRow(tr("Shopper &lockout:"), m_lockout);
    form->addRow(tr("&Report language:"), m_reportLanguage);
    form->addRow(tr("Languages:"), m_languages);
    form->addRow(QString(), m_staffNames);
    m_chartFont->setObjectName(QStringLiteral("chartFont"));
    m_chartFont->setEditable(false); // a family is chosen, not typed (each keystroke would be an edit)
    m_chartFont->setToolTip(tr("The font of the programme's charts and reports (DejaVu Sans by default)"));
    form->addRow(tr("Chart &font:"), m_chartFont);
    m_logo->setObjectName(QStringLiteral("logo"));
    m_logo->setMinimumSize(160, 48);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Client's logo:"), logoRow);

    auto* contents = new QGroupBox(tr("What this file holds"), this);
    auto* contentsLayout = new QVBoxLayout(contents);
    contentsLayout->addWidget(m_counts);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(settings);
    layout->addWidget(contents, 1);

    connect(m_chartFont, &QFontComboBox::currentFontChanged, this, [this](const QFont& chosen) {
        edit(ProgrammeField::ChartFont, chosen.family() == QLatin1String("DejaVu Sans") ? QStringLiteral("") : chosen.family());
    });
    connect(m_chooseLogo, &QPushButton::clicked, this, &ProgrammePage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this,
            [this] { edit(ProgrammeField::Logo, QVariant(QMetaType::fromType<QByteArray>())); });
    // Text fields commit when the user leaves them or presses Enter; one edit, one undo step.
    connect(m_client, &QLineEdit::editingFinished, this,
            [this] { edit(ProgrammeField::ClientName, m_client->text().trimmed()); });
    connect(m_programme, &QLineEdit::editingFinished, this,
            [this] { edit(ProgrammeField::ProgrammeName, m_programme->text().trimmed()); });
    connect(m_target, &QDoubleSpinBox::editingFinished, this, [this] {
        edit(ProgrammeField::TargetScore, m_target->value() < 0 ? QVariant() : QVariant(m_target->value()));
    });
    connect(m_smallBase, &QSpinBox::editingFinished, this,
            [this] { edit(ProgrammeField::SmallBaseThreshold, m_smallBase->value()); });
    connect(m_lockout, &QSpinBox::editingFinished, this,
            [this] { edit(ProgrammeField::LockoutDays, m_lockout->value()); });
    connect(m_staffNames, &QCheckBox::toggled, this,
            [this](bool on) { edit(ProgrammeField::StaffNamesAllowed, on ? 1 : 0); });
    connect(m_reportLanguage, &QComboBox::activated, this,
            [this] { edit(ProgrammeField::ReportLanguage, m_reportLanguage->currentData()); });
    connect(&m_watcher, &QFutureWatcher<std::optional<ProjectSummary>>::finished, this, [this] {
        // A superseded read (the project changed meanwhile) is dropped; its successor reports.
        if (m_watcher.property("generation").toInt() != m_generation)
            return;
        m_summaryPending = false;
        showSummary(m_watcher.result());
        emit summaryLoaded();
    });
}

ProgrammePage::~ProgrammePage()
{
    m_watcher.waitForFinished();
}

void ProgrammePage::setProject(Project* project)
{
    m_project = project;
    setEnabled(project != nullptr);
    reload();
}

void ProgrammePage::reload()
{
    loadSettings();
    loadSummary();
}

void ProgrammePage::edit(int field, const QVariant& value)
{
    if (!m_project || m_loading)
        return;
    QString error;
    if (!Command::setProgrammeField(m_project, ProgrammeField::Field(field), value, &error)) {
        MessageBox::warning(this, tr("Change not saved"), error);
        loadSettings(); // show what the file holds
    }
}

void ProgrammePage::loadSettings()
{
    if (!m_project)
        return;
    QString error;
    const auto settings = ProgrammeSettings::read(m_project->database(), &error);
    if (!settings) {
        m_heading->setText(tr("This file's programme settings cannot be read: %1").arg(error));
        return;
    }
    m_loading = true;
    const bool readOnly = m_project->isReadOnly();
    m_heading->setText(settings->clientName.isEmpty() ? settings->programmeName
                                                      : tr("%1 — %2").arg(settings->clientName, settings->programmeName));
    // Keep the cursor where it is when the text is already the same.
    if (m_client->text() != settings->clientName)
        m_client->setText(settings->clientName);
    if (m_programme->text() != settings->programmeName)
        m_programme->setText(settings->programmeName);
    m_target->setValue(settings->targetScore.isValid() ? settings->targetScore.toDouble() : -1);
    m_smallBase->setValue(settings->smallBaseThreshold);
    m_lockout->setValue(settings->lockoutDays);
    m_staffNames->setChecked(settings->staffNamesAllowed);
    m_reportLanguage->clear();
    for (const QString& code : settings->languages) {
        m_reportLanguage->addItem(QStringLiteral("%1 (%2)").arg(Translations::nativeName(code), code), code);
    }
    m_reportLanguage->setCurrentIndex(m_reportLanguage->findData(settings->reportLanguage));
    m_languages->setText(tr("%1 (source: %2)").arg(settings->languages.join(QStringLiteral(", ")), settings->sourceLanguage));
    m_chartFont->setCurrentFont(QFont(settings->chartFont.isEmpty() ? QStringLiteral("DejaVu Sans") : settings->chartFont));
    QPixmap logo;
    if (!settings->logo.isEmpty() && logo.loadFromData(settings->logo))
        m_logo->setPixmap(logo.scaled(160, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("No logo"));
    m_removeLogo->setEnabled(!readOnly && !settings->logo.isEmpty());
    m_chooseLogo->setEnabled(!readOnly);
    m_chartFont->setEnabled(!readOnly);
    for (QWidget* widget : {static_cast<QWidget*>(m_client), static_cast<QWidget*>(m_programme),
                            static_cast<QWidget*>(m_target), static_cast<QWidget*>(m_smallBase),
                            static_cast<QWidget*>(m_lockout), static_cast<QWidget*>(m_staffNames),
                            static_cast<QWidget*>(m_reportLanguage)})
        widget->setEnabled(!readOnly);
    m_loading = false;
}

void ProgrammePage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Client's Logo"), LastDirectory::get(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    LastDirectory::rememberFileIn(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Cannot read the logo"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (QPixmap check; !check.loadFromData(bytes)) {
        MessageBox::warning(this, tr("Cannot read the logo"), tr("%1 is not a PNG or JPEG image.").arg(path));
        return;
    }
    edit(ProgrammeField::Logo, bytes);
}

void ProgrammePage::loadSummary()
{
    if (!m_project) {
        m_counts->clear();
        m_summaryPending = false;
        return;
    }
    m_counts->setText(tr("Counting…"));
    m_summaryPending = true;
    const QString path = m_project->filePath();
    m_watcher.setProperty("generation", ++m_generation);
    m_watcher.setFuture(QtConcurrent::run([path]() -> std::optional<ProjectSummary> {
        // One connection per thread: this one lives and dies on the worker.
        ProjectConnection connection;
        if (!connection.open(path, true, nullptr))
            return std::nullopt;
        return ProjectSummary::read(connection.database(), nullptr);
    }));
}

void ProgrammePage::showSummary(const std::optional<ProjectSummary>& summary)
{
    if (!summary) {
        m_counts->setText(tr("The counts could not be read."));
        return;
    }
    const QLocale locale;
    auto row = [&](const QString& label, qint64 value) {
        return QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>")
            .arg(label.toHtmlEscaped(), locale.toString(value));
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Questions"), summary->questions);
    html += row(tr("Locations"), summary->locations);
    html += row(tr("Competitor locations"), summary->competitorLocations);
    html += row(tr("Scenarios"), summary->scenarios);
    html += row(tr("Waves"), summary->waves);
    html += row(tr("Visits"), summary->visits);
    html += row(tr("Shoppers"), summary->shoppers);
    html += row(tr("Reports"), summary->responses);
    html += row(tr("Answers"), summary->answers);
    html += QStringLiteral("</table>");
    if (summary->waves == 0 && summary->locations == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("This programme is empty. Start with the questionnaire, the "
                                                    "locations and the waves in the navigator on the left.")
                                                     .toHtmlEscaped());
    m_counts->setText(html);
}

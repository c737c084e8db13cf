#include "ScenarioDialog.h"

#include "commands/ScenarioCommands.h"
#include "i18n/Translations.h"
#include "models/DomainLabels.h"
#include "planning/ScenarioStore.h"
#include "planning/ScenarioValidator.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr int kAnyAge = ScenarioValidator::kMinAge - 1; // the age spin boxes' "any"

QString languageName(const QString& code)
{
    return QStringLiteral("%1 (%2)").arg(Translations::nativeName(code), code);
}
} // namespace

ScenarioDialog::ScenarioDialog(Project* project, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_originalCode(code)
    , m_code(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_versionNote(new QLabel(this))
    , m_fee(new QDoubleSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_active(new QCheckBox(tr("Active (used in new waves)"), this))
    , m_minAge(new QSpinBox(this))
    , m_maxAge(new QSpinBox(this))
    , m_gender(new QComboBox(this))
    , m_languages(new QListWidget(this))
    , m_otherLanguage(new QLineEdit(this))
    , m_tagEdit(new QLineEdit(this))
    , m_tags(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(code.isEmpty() ? tr("New scenario") : tr("Scenario %1").arg(code));
    const QSqlDatabase db = m_project->database();
    m_source = ScenarioStore::sourceLanguage(db);
    m_programmeLanguages = ScenarioStore::programmeLanguages(db);

    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(createDetails());
    left->addWidget(createProfile(), 1);
    columns->addLayout(left, 2);
    columns->addWidget(createTexts(), 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1000, 640);

    Scenario scenario;
    if (!code.isEmpty()) {
        if (auto stored = ScenarioStore::load(db, code, nullptr))
            scenario = *stored;
    } else if (m_version->count() > 1) {
        // A new scenario answers the newest questionnaire version unless the user picks another.
        qint64 newest = 0;
        for (int i = 1; i < m_version->count(); ++i)
            newest = std::max(newest, m_version->itemData(i).toLongLong());
        scenario.versionId = newest;
    }
    load(scenario);
}

QWidget* ScenarioDialog::createDetails()
{
    auto* box = new QGroupBox(tr("Scenario"), this);
    auto* form = new QFormLayout(box);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("e.g. MORTGAGE"));
    form->addRow(tr("&Code:"), m_code);
    for (const QString& channel : ScenarioValidator::channels())
        m_channel->addItem(DomainLabels::label(DomainLabels::Channel, channel), channel);
    form->addRow(tr("C&hannel:"), m_channel);

    m_version->addItem(tr("None yet"), QVariant());
    for (const auto& version : QuestionnaireStore::list(m_project->database(), nullptr)) {
        m_version->addItem(tr("%1 v%2 (%3)")
                               .arg(version.code)
                               .arg(version.number)
                               .arg(version.status == QLatin1String("frozen") ? tr("frozen") : tr("draft")),
                           version.versionId);
        m_version->setItemData(m_version->count() - 1, version.name, Qt::ToolTipRole);
        m_versionChannels.insert(version.versionId, version.channel);
    }
    form->addRow(tr("&Questionnaire:"), m_version);
    m_versionNote->setWordWrap(true);
    QFont noteFont = m_versionNote->font();
    noteFont.setItalic(true);
    m_versionNote->setFont(noteFont);
    m_versionNote->hide();
    form->addRow(QString(), m_versionNote);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ScenarioDialog::updateVersionNote);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ScenarioDialog::updateVersionNote);

    m_fee->setRange(0, 1000000);
    m_fee->setDecimals(2);
    form->addRow(tr("&Fee:"), m_fee);
    m_minutes->setRange(0, ScenarioValidator::kMaxMinutes);
    m_minutes->setSpecialValueText(tr("not set"));
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("&Duration:"), m_minutes);
    form->addRow(QString(), m_active);
    return box;
}

QWidget* ScenarioDialog::createProfile()
{
    auto* box = new QGroupBox(tr("Shopper profile"), this);
    auto* form = new QFormLayout(box);
    for (QSpinBox* spin : {m_minAge, m_maxAge}) {
        spin->setRange(kAnyAge, ScenarioValidator::kMaxAge);
        spin->setSpecialValueText(tr("any"));
    }
    auto* ages = new QHBoxLayout;
    ages->addWidget(m_minAge);
    ages->addWidget(new QLabel(tr("to"), box));
    ages->addWidget(m_maxAge);
    ages->addStretch();
    auto* ageLabel = new QLabel(tr("&Age:"), box);
    ageLabel->setBuddy(m_minAge);
    form->addRow(ageLabel, ages);
    m_gender->addItem(tr("Any"), QString());
    for (const QString& gender : ScenarioValidator::genders())
        m_gender->addItem(DomainLabels::label(DomainLabels::Gender, gender), gender);
    form->addRow(tr("&Gender:"), m_gender);

    m_languages->setToolTip(tr("The shopper must speak every ticked language."));
    m_languages->setMaximumHeight(110);
    m_otherLanguage->setPlaceholderText(tr("Other language code, e.g. ru"));
    m_otherLanguage->setToolTip(tr("Type a language code and press Enter to add it to the list."));
    m_otherLanguage->installEventFilter(this);
    auto* languages = new QVBoxLayout;
    languages->addWidget(m_languages);
    languages->addWidget(m_otherLanguage);
    auto* languagesLabel = new QLabel(tr("&Languages:"), box);
    languagesLabel->setBuddy(m_languages);
    form->addRow(languagesLabel, languages);

    m_tags->setToolTip(tr("The shopper must carry every tag listed, e.g. customer or has-car."));
    m_tags->setMaximumHeight(90);
    m_tags->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tagEdit->setPlaceholderText(tr("New tag, e.g. has-car"));
    m_tagEdit->setToolTip(tr("Type a tag (tags in use are offered) and press Enter to add it."));
    m_tagEdit->installEventFilter(this);
    auto* completer = new QCompleter(ScenarioStore::knownTags(m_project->database()), m_tagEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tagEdit->setCompleter(completer);
    // Choosing a completion (Enter or a click in its list) adds that tag, once the field shows it.
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& tag) {
        QMetaObject::invokeMethod(
            this,
            [this, tag] {
                addTag(tag);
                m_tagEdit->clear();
            },
            Qt::QueuedConnection);
    });
    auto* removeTag = new QPushButton(tr("Remove"), box);
    removeTag->setAutoDefault(false);
    connect(removeTag, &QPushButton::clicked, this, [this] { qDeleteAll(m_tags->selectedItems()); });
    auto* tagLine = new QHBoxLayout;
    tagLine->addWidget(m_tagEdit, 1);
    tagLine->addWidget(removeTag);
    auto* tags = new QVBoxLayout;
    tags->addWidget(m_tags);
    tags->addLayout(tagLine);
    auto* tagsLabel = new QLabel(tr("&Tags:"), box);
    tagsLabel->setBuddy(m_tagEdit);
    form->addRow(tagsLabel, tags);
    return box;
}

QWidget* ScenarioDialog::createTexts()
{
    auto* box = new QGroupBox(tr("Title and script"), this);
    auto* layout = new QVBoxLayout(box);
    auto* hint = new QLabel(tr("The title is required in %1, the programme's source language. A language still "
                               "to be translated is marked; its fields show the source text.")
                                .arg(languageName(m_source)),
                            box);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_tabs, 1);
    // The source language first, then the others in the programme's order.
    QStringList ordered = m_programmeLanguages;
    if (ordered.removeOne(m_source))
        ordered.prepend(m_source);
    for (const QString& language : ordered) {
        auto* page = new QWidget(m_tabs);
        page->setProperty("language", language);
        auto* form = new QFormLayout(page);
        auto* title = new QLineEdit(page);
        title->setObjectName(QStringLiteral("title-%1").arg(language));
        auto* script = new QPlainTextEdit(page);
        script->setObjectName(QStringLiteral("script-%1").arg(language));
        script->setTabChangesFocus(true);
        form->addRow(tr("T&itle:"), title);
        form->addRow(tr("&Script:"), script);
        m_titles.insert(language, title);
        m_scripts.insert(language, script);
        m_tabs->addTab(page, languageName(language));
        connect(title, &QLineEdit::textChanged, this, &ScenarioDialog::updateTabs);
        connect(script, &QPlainTextEdit::textChanged, this, &ScenarioDialog::updateTabs);
    }
    return box;
}

void ScenarioDialog::load(const Scenario& scenario)
{
    m_code->setText(scenario.code);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(scenario.channel)));
    m_version->setCurrentIndex(scenario.versionId ? std::max(0, m_version->findData(*scenario.versionId)) : 0);
    m_fee->setValue(scenario.fee);
    m_minutes->setValue(scenario.expectedMinutes.value_or(0));
    m_active->setChecked(scenario.active);
    m_minAge->setValue(scenario.minAge.value_or(kAnyAge));
    m_maxAge->setValue(scenario.maxAge.value_or(kAnyAge));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(scenario.gender)));
    for (const QString& language : ScenarioStore::knownLanguages(m_project->database()))
        addLanguage(language, scenario.languages.contains(language));
    for (const QString& language : scenario.languages)
        addLanguage(language, true);
    for (const QString& tag : scenario.tags)
        addTag(tag);
    for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it) {
        it.value()->setText(scenario.texts.value(it.key()).title);
        m_scripts.value(it.key())->setPlainText(scenario.texts.value(it.key()).script);
    }
    updateTabs();
    updateVersionNote();
}

void ScenarioDialog::addLanguage(const QString& code, bool checked)
{
    for (int row = 0; row < m_languages->count(); ++row) {
        QListWidgetItem* item = m_languages->item(row);
        if (item->data(Qt::UserRole).toString() == code) {
            if (checked)
                item->setCheckState(Qt::Checked);
            return;
        }
    }
    auto* item = new QListWidgetItem(languageName(code), m_languages);
    item->setData(Qt::UserRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ScenarioDialog::addTag(const QString& tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty() || !m_tags->findItems(trimmed, Qt::MatchExactly).isEmpty())
        return;
    m_tags->addItem(trimmed);
}

bool ScenarioDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the tag and language fields adds what was typed instead of saving the dialog.
    if ((watched == m_tagEdit || watched == m_otherLanguage) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            auto* edit = static_cast<QLineEdit*>(watched);
            if (edit == m_tagEdit)
                addTag(edit->text());
            else if (!edit->text().trimmed().isEmpty())
                addLanguage(edit->text().trimmed(), true);
            edit->clear();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ScenarioDialog::updateTabs()
{
    const QString sourceTitle = m_titles.value(m_source) ? m_titles.value(m_source)->text() : QString();
    const QString sourceScript = m_scripts.value(m_source) ? m_scripts.value(m_source)->toPlainText() : QString();
    for (int index = 0; index < m_tabs->count(); ++index) {
        const QString language = m_tabs->widget(index)->property("language").toString();
        QLineEdit* title = m_titles.value(language);
        QPlainTextEdit* script = m_scripts.value(language);
        const bool missing = title->text().trimmed().isEmpty() && script->toPlainText().trimmed().isEmpty();
        QString label = languageName(language);
        if (language == m_source)
            label = tr("%1 – source").arg(label);
        else if (missing)
            label = tr("%1 – missing").arg(label);
        m_tabs->setTabText(index, label);
        m_tabs->setTabToolTip(index, missing ? tr("Not translated yet") : QString());
        if (language != m_source) {
            title->setPlaceholderText(sourceTitle);
            script->setPlaceholderText(sourceScript);
        }
    }
}

void ScenarioDialog::updateVersionNote()
{
    // A questionnaire may serve several channels (docs/decisions.md); say so when it does.
    const QVariant id = m_version->currentData();
    const QString channel = id.isValid() ? m_versionChannels.value(id.toLongLong()) : QString();
    const bool differs = !channel.isEmpty() && channel != m_channel->currentData().toString();
    m_versionNote->setText(differs ? tr("This questionnaire is made for the channel “%1”; it may serve this scenario too.")
                                         .arg(DomainLabels::label(DomainLabels::Channel, channel))
                                   : QString());
    m_versionNote->setVisible(differs);
}

Scenario ScenarioDialog::scenario() const
{
    Scenario scenario;
    scenario.code = m_code->text();
    scenario.channel = m_channel->currentData().toString();
    if (m_version->currentData().isValid())
        scenario.versionId = m_version->currentData().toLongLong();
    scenario.fee = m_fee->value();
    if (m_minutes->value() > 0)
        scenario.expectedMinutes = m_minutes->value();
    if (m_minAge->value() != kAnyAge)
        scenario.minAge = m_minAge->value();
    if (m_maxAge->value() != kAnyAge)
        scenario.maxAge = m_maxAge->value();
    scenario.gender = m_gender->currentData().toString();
    scenario.active = m_active->isChecked();
    for (int row = 0; row < m_languages->count(); ++row)
        if (m_languages->item(row)->checkState() == Qt::Checked)
            scenario.languages << m_languages->item(row)->data(Qt::UserRole).toString();
    for (int row = 0; row < m_tags->count(); ++row)
        scenario.tags << m_tags->item(row)->text();
    for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it)
        scenario.texts.insert(it.key(), {it.value()->text(), m_scripts.value(it.key())->toPlainText()});
    scenario.tidy();
    return scenario;
}

bool ScenarioDialog::save()
{
    // A tag typed but not yet added with Enter is meant to be there.
    addTag(m_tagEdit->text());
    m_tagEdit->clear();
    const Scenario values = scenario();
    QString problems;
    if (Command::saveScenario(m_project, values, m_originalCode, &problems)) {
        m_savedCode = values.code;
        return true;
    }
    m_problem->setText(problems);
    m_problem->show();
    return false;
}

#include "QuestionnairePage.h"

#include "QuestionEditor.h"
#include "QuestionnairePreview.h"
#include "SectionEditor.h"
#include "TranslationTable.h"
#include "commands/ProgrammeCommands.h"
#include "fielding/OdkFormImporter.h"
#include "fielding/XFormWriter.h"
#include "fielding/XlsFormWriter.h"
#include "commands/QuestionnaireCommands.h"
#include "i18n/Translations.h"
#include "models/DomainLabels.h"
#include "models/QuestionnaireTreeModel.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireDocuments.h"
#include "questionnaire/QuestionnaireJson.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/QuestionnaireValidator.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

QuestionnairePage::QuestionnairePage(QWidget* parent)
    : QWidget(parent)
    , m_versions(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_newVersion(new QPushButton(tr("Create a &new version to edit"), this))
    , m_name(new QLineEdit(this))
    , m_scoring(new QComboBox(this))
    , m_languages(new QComboBox(this))
    , m_body(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_designer(new QWidget(this))
    , m_tree(new QTreeView(this))
    , m_model(new QuestionnaireTreeModel(this))
    , m_tabs(new QTabWidget(this))
    , m_properties(new QStackedWidget(this))
    , m_nothingSelected(new QLabel(tr("Select a section or a question to see its properties."), this))
    , m_questionEditor(new QuestionEditor(this))
    , m_sectionEditor(new SectionEditor(this))
    , m_translations(new TranslationTable(this))
    , m_preview(new QuestionnairePreview(this))
    , m_problems(new QListWidget(this))
{
    auto* heading = new QLabel(tr("Questionnaire"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    // Top bar: version, file actions.
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setMinimumContentsLength(16);
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* create = new QToolButton(this);
    create->setText(tr("New…"));
    create->setPopupMode(QToolButton::InstantPopup);
    auto* createMenu = new QMenu(create);
    createMenu->addAction(tr("From a template…"), this, &QuestionnairePage::chooseTemplate);
    createMenu->addAction(tr("Empty questionnaire"), this, [this] { createFromTemplate(QString()); });
    create->setMenu(createMenu);
    auto* importButton = new QPushButton(tr("Import…"), this);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Questionnaire file (JSON)…"), this, &QuestionnairePage::chooseExport);
    exportMenu->addAction(tr("XForm for ODK Collect, Central and Enketo…"), this,
                          [this] { chooseOdkExport(OdkExportDialog::Format::XForm); });
    exportMenu->addAction(tr("XLSForm for KoboToolbox and ODK Central…"), this,
                          [this] { chooseOdkExport(OdkExportDialog::Format::XlsForm); });
    exportButton->setMenu(exportMenu);
    auto* languagesButton = new QPushButton(tr("Languages…"), this);
    auto* print = new QToolButton(this);
    print->setText(tr("Print to PDF"));
    print->setPopupMode(QToolButton::InstantPopup);
    auto* printMenu = new QMenu(print);
    printMenu->addAction(tr("Shopper briefing…"), this, [this] { choosePrint(false); });
    printMenu->addAction(tr("Scoring sheet for sign-off…"), this, [this] { choosePrint(true); });
    print->setMenu(printMenu);
    auto* top = new QHBoxLayout;
    auto* versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_versions);
    top->addWidget(versionLabel);
    top->addWidget(m_versions, 1);
    top->addWidget(create);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    top->addWidget(languagesButton);
    top->addWidget(print);

    // Version header: name, scoring, status.
    m_scoring->addItem(tr("Pooled points"), int(SectionScoring::Pooled));
    m_scoring->addItem(tr("Weighted sections"), int(SectionScoring::Weighted));
    m_status->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Name:"), this));
    header->addWidget(m_name, 2);
    header->addWidget(new QLabel(tr("Scoring:"), this));
    header->addWidget(m_scoring);
    header->addWidget(new QLabel(tr("Edit in:"), this));
    header->addWidget(m_languages);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_newVersion);

    // Tree with its actions.
    m_addSection = new QAction(tr("+ Section"), this);
    m_addSection->setToolTip(tr("Add a section after the selected one"));
    m_addQuestion = new QAction(tr("+ Question"), this);
    m_addQuestion->setToolTip(tr("Add a question after the selected one (Insert); the arrow chooses its type"));
    m_addQuestion->setShortcut(QKeySequence(Qt::Key_Insert));
    m_duplicate = new QAction(tr("Duplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_moveUp = new QAction(tr("↑"), this);
    m_moveUp->setToolTip(tr("Move up (Ctrl+Up); drag to move into another section"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = new QAction(tr("↓"), this);
    m_moveDown->setToolTip(tr("Move down (Ctrl+Down)"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    auto* typeMenu = new QMenu(this);
    for (QuestionType type : {QuestionType::YesNo, QuestionType::Rating, QuestionType::Nps, QuestionType::Single,
                              QuestionType::Multiple, QuestionType::Number, QuestionType::Date, QuestionType::Time,
                              QuestionType::Text})
        typeMenu->addAction(DomainLabels::label(DomainLabels::QuestionType, QuestionTypes::code(type)), this,
                            [this, type] { addQuestion(type); });
    m_addQuestion->setMenu(typeMenu);
    auto* sectionMenu = new QMenu(this);
    sectionMenu->addAction(tr("Section"), this, [this] { addSection(false); });
    sectionMenu->addAction(tr("Sub-section of the selected section"), this, [this] { addSection(true); });
    m_addSection->setMenu(sectionMenu);
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {m_addSection, m_addQuestion, m_duplicate, m_delete, m_moveUp, m_moveDown}) {
        toolbar->addAction(action);
        // The shortcuts work wherever the focus is in the tree.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tree->addAction(action);
    }
    for (QAction* withMenu : {m_addSection, m_addQuestion})
        if (auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(withMenu)))
            button->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_addSection, &QAction::triggered, this, [this] { addSection(false); });
    connect(m_addQuestion, &QAction::triggered, this, [this] { addQuestion(QuestionType::YesNo); });
    connect(m_duplicate, &QAction::triggered, this, &QuestionnairePage::duplicate);
    connect(m_delete, &QAction::triggered, this, &QuestionnairePage::remove);
    connect(m_moveUp, &QAction::triggered, this, [this] { move(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { move(1); });

    m_tree->setObjectName(QStringLiteral("questionnaireTree"));
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QuestionnaireTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(QuestionnaireTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(QuestionnaireTreeModel::ScoringColumn, QHeaderView::ResizeToContents);
    connect(m_model, &QuestionnaireTreeModel::questionMoveRequested, this,
            [this](const QString& code, const QString& section, int index) {
                QString error;
                if (!Command::moveQuestion(m_project, m_versionId, code, section, size_t(index), &error))
                    MessageBox::warning(this, tr("Not moved"), error);
                select(code);
            });
    connect(m_model, &QuestionnaireTreeModel::sectionMoveRequested, this, [this](const QString& code, int index) {
        QString error;
        if (!Command::moveSection(m_project, m_versionId, code, size_t(index), &error))
            MessageBox::warning(this, tr("Not moved"), error);
        select(code);
    });
    auto* treeBox = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(toolbar);
    treeLayout->addWidget(m_tree);

    // Properties, translations, preview.
    m_nothingSelected->setAlignment(Qt::AlignCenter);
    m_properties->addWidget(m_nothingSelected);
    m_properties->addWidget(m_sectionEditor);
    m_properties->addWidget(m_questionEditor);
    auto* propertiesScroll = new QScrollArea(this);
    propertiesScroll->setWidget(m_properties);
    propertiesScroll->setWidgetResizable(true);
    propertiesScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(propertiesScroll, tr("&Properties"));
    m_tabs->addTab(m_translations, tr("&Translations"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    auto* split = new QSplitter(this);
    split->addWidget(treeBox);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The tree needs room for a question's text; the properties take the rest.
    treeBox->setMinimumWidth(320);
    split->setSizes({470, 530});
    auto* problemsLabel = new QLabel(tr("Problems (double-click to go there):"), this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setMaximumHeight(110);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_problems);
    vertical->addWidget(problemsBox);
    vertical->setStretchFactor(0, 1);

    auto* designerLayout = new QVBoxLayout(m_designer);
    designerLayout->setContentsMargins(0, 0, 0, 0);
    designerLayout->addLayout(header);
    designerLayout->addLayout(statusRow);
    designerLayout->addWidget(vertical, 1);

    auto* emptyText = new QLabel(tr("This programme has no questionnaire yet. Start from one of the templates "
                                    "(retail, bank, restaurant, hotel, contact centre, e-mail), import one, or start "
                                    "from scratch with New… above."),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* emptyButton = new QPushButton(tr("Start from a template…"), m_empty);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    connect(emptyButton, &QPushButton::clicked, this, &QuestionnairePage::chooseTemplate);
    m_body->addWidget(m_empty);
    m_body->addWidget(m_designer);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);

    // Editors hand their changes to apply(), which makes them undoable edits of this version.
    m_questionEditor->setApply([this](const QString& text, const QString& key, const QuestionEditor::QuestionChange& change) {
        const QString code = m_questionEditor->questionCode();
        return apply(text, key, [code, change](Questionnaire& questionnaire, QString* error) {
            const auto place = questionnaire.findQuestion(code);
            return place && change(place->section->questions[place->index], error);
        });
    });
    m_sectionEditor->setApply([this](const QString& text, const QString& key, const SectionEditor::SectionChange& change) {
        const QString code = selectedCode();
        return apply(text, key, [code, change](Questionnaire& questionnaire, QString* error) {
            Section* section = questionnaire.findSection(code);
            return section && change(*section, error);
        });
    });
    m_translations->setApply([this](const QString& text, const QString& key, const TranslationTable::Change& change) {
        return apply(text, key, change);
    });

    connect(m_versions, &QComboBox::activated, this, [this] {
        m_versionId = m_versions->currentData().toLongLong();
        reload();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuestionnairePage::showSelection);
    connect(m_newVersion, &QPushButton::clicked, this, &QuestionnairePage::newVersion);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        apply(tr("Rename the questionnaire"), QStringLiteral("name"), [name](Questionnaire& q, QString*) {
            q.name = name;
            return true;
        });
    });
    connect(m_scoring, &QComboBox::activated, this, [this] {
        const auto scoring = SectionScoring(m_scoring->currentData().toInt());
        apply(tr("Change how sections are scored"), QString(), [scoring](Questionnaire& q, QString*) {
            q.sectionScoring = scoring;
            return true;
        });
    });
    connect(m_languages, &QComboBox::activated, this, [this] {
        m_language = m_languages->currentData().toString();
        m_model->setLanguage(m_language);
        m_tree->expandAll();
        showSelection();
    });
    connect(importButton, &QPushButton::clicked, this, &QuestionnairePage::chooseImport);
    connect(languagesButton, &QPushButton::clicked, this, &QuestionnairePage::editLanguages);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        select(item->data(Qt::UserRole).toString());
        m_tabs->setCurrentIndex(0);
    });
    updateActions();
}

void QuestionnairePage::setProject(Project* project)
{
    m_project = project;
    m_versionId = 0;
    m_questionnaire.reset();
    reload();
}

void QuestionnairePage::fillVersions()
{
    m_versions->clear();
    if (!m_project)
        return;
    QString error;
    const auto versions = QuestionnaireStore::list(m_project->database(), &error);
    for (const auto& version : versions) {
        const QString status = version.status == QLatin1String("frozen")
                                   ? tr("frozen, %n report(s)", nullptr, int(version.responses))
                                   : tr("draft");
        m_versions->addItem(tr("%1 — %2, version %3 (%4)").arg(version.code, version.name).arg(version.number).arg(status),
                            version.versionId);
    }
    if (m_versionId == 0 && !versions.isEmpty())
        m_versionId = versions.last().versionId;
    const int index = m_versions->findData(m_versionId);
    if (index < 0 && !versions.isEmpty())
        m_versionId = versions.last().versionId;
    m_versions->setCurrentIndex(m_versions->findData(m_versionId));
}

void QuestionnairePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void QuestionnairePage::reload()
{
    if (!isVisible() && m_project) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QString selected = selectedCode();
    fillVersions();
    m_questionnaire.reset();
    if (m_project && m_versionId) {
        QString error;
        m_questionnaire = QuestionnaireStore::load(m_project->database(), m_versionId, &error);
        if (!m_questionnaire)
            m_versionId = 0;
    }
    m_body->setCurrentWidget(m_questionnaire ? m_designer : m_empty);
    if (!m_questionnaire) {
        m_model->setQuestionnaire({});
        updateActions();
        return;
    }
    const Questionnaire& questionnaire = *m_questionnaire;
    const bool frozen = QuestionnaireStore::status(m_project->database(), m_versionId) == QLatin1String("frozen");
    m_editable = !frozen && !m_project->isReadOnly();
    m_status->setText(frozen ? tr("This version has reports, so it is frozen: its questions keep the meaning the stored "
                                  "answers had. Create a new version to change it.")
                             : m_project->isReadOnly() ? tr("The programme is open read-only.")
                                                       : tr("Draft: every change is saved at once and can be undone."));
    m_newVersion->setVisible(frozen && !m_project->isReadOnly());
    if (m_name->text() != questionnaire.name)
        m_name->setText(questionnaire.name);
    m_name->setReadOnly(!m_editable);
    m_scoring->setCurrentIndex(m_scoring->findData(int(questionnaire.sectionScoring)));
    m_scoring->setEnabled(m_editable);
    m_languages->clear();
    for (const QString& code : questionnaire.languages)
        m_languages->addItem(QStringLiteral("%1 (%2)").arg(Translations::nativeName(code), code), code);
    if (!questionnaire.languages.contains(m_language))
        m_language = questionnaire.sourceLanguage;
    m_languages->setCurrentIndex(m_languages->findData(m_language));

    m_model->setEditable(m_editable);
    m_model->setQuestionnaire(questionnaire);
    m_model->setLanguage(m_language);
    m_tree->expandAll();
    m_translations->setQuestionnaire(questionnaire, m_editable);
    m_preview->setQuestionnaire(questionnaire);

    m_problems->clear();
    const auto problems = QuestionnaireValidator::validate(questionnaire);
    for (const auto& problem : problems) {
        auto* item = new QListWidgetItem(problem.toString(), m_problems);
        item->setForeground(problem.severity == QuestionnaireProblem::Severity::Error ? QColor(176, 0, 32) : QColor(138, 75, 0));
        // The location is a question code or "section CODE": keep the code to go there.
        item->setData(Qt::UserRole, problem.location.section(QLatin1Char(' '), -1));
    }
    if (problems.isEmpty())
        new QListWidgetItem(tr("No problems: this questionnaire is ready for fieldwork."), m_problems);

    if (!selected.isEmpty())
        select(selected);
    showSelection();
}

bool QuestionnairePage::select(const QString& code)
{
    const QModelIndex index = m_model->indexOf(code);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QString QuestionnairePage::selectedCode() const
{
    return m_model->codeAt(m_tree->currentIndex());
}

void QuestionnairePage::showSelection()
{
    updateActions();
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_questionnaire) {
        m_properties->setCurrentWidget(m_nothingSelected);
        return;
    }
    const QString code = m_model->codeAt(current);
    if (current.data(QuestionnaireTreeModel::KindRole).toInt() == QuestionnaireTreeModel::QuestionItem) {
        m_questionEditor->setQuestion(*m_questionnaire, code, m_language, m_editable);
        m_properties->setCurrentWidget(m_questionEditor);
    } else {
        m_sectionEditor->setSection(*m_questionnaire, code, m_language, m_editable);
        m_properties->setCurrentWidget(m_sectionEditor);
    }
}

void QuestionnairePage::updateActions()
{
    const bool open = m_questionnaire.has_value() && m_editable;
    const bool selected = m_tree->currentIndex().isValid();
    m_addSection->setEnabled(open);
    m_addQuestion->setEnabled(open && (selected || (m_questionnaire && !m_questionnaire->sections.empty())));
    m_duplicate->setEnabled(open && selected
                            && m_tree->currentIndex().data(QuestionnaireTreeModel::KindRole).toInt()
                                   == QuestionnaireTreeModel::QuestionItem);
    m_delete->setEnabled(open && selected);
    m_moveUp->setEnabled(open && selected);
    m_moveDown->setEnabled(open && selected);
}

bool QuestionnairePage::apply(const QString& text, const QString& mergeKey,
                              const std::function<bool(Questionnaire&, QString*)>& change)
{
    if (!m_project || !m_versionId || !m_editable)
        return false;
    QString error;
    if (!Command::editQuestionnaire(m_project, m_versionId, text, change, mergeKey, &error)) {
        MessageBox::warning(this, tr("Change not made"), error);
        reload(); // show what the file holds
        return false;
    }
    return true;
}

void QuestionnairePage::addQuestion(QuestionType type)
{
    if (!m_questionnaire)
        return;
    // After the selected question, or at the end of the selected section (or the first one).
    QString section;
    size_t index = 0;
    const QString selected = selectedCode();
    Questionnaire copy = *m_questionnaire;
    if (const auto place = copy.findQuestion(selected)) {
        section = place->section->code;
        index = place->index + 1;
    } else if (Section* found = copy.findSection(selected)) {
        section = found->code;
        index = found->questions.size();
    } else if (!copy.sections.empty()) {
        section = copy.sections.front().code;
        index = copy.sections.front().questions.size();
    }
    if (section.isEmpty()) {
        MessageBox::warning(this, tr("Add question"), tr("Add a section first."));
        return;
    }
    QString error;
    if (const auto code = Command::addQuestion(m_project, m_versionId, section, index, type, &error)) {
        select(*code);
        m_tabs->setCurrentIndex(0);
        m_questionEditor->textEdit()->setFocus();
        m_questionEditor->textEdit()->selectAll();
    } else {
        MessageBox::warning(this, tr("Add question"), error);
    }
}

void QuestionnairePage::addSection(bool subSection)
{
    if (!m_questionnaire)
        return;
    // A top-level section goes after the selected top-level one (or at the end); a sub-section
    // at the end of the selected top-level section, the only level sections nest to.
    const QString selected = selectedCode();
    QString parent;
    size_t index = m_questionnaire->sections.size();
    for (size_t i = 0; i < m_questionnaire->sections.size(); ++i) {
        const Section& top = m_questionnaire->sections[i];
        bool inside = top.code == selected;
        for (const Section& child : top.sections)
            inside = inside || child.code == selected;
        for (const Question& question : top.questions)
            inside = inside || question.code == selected;
        if (!inside)
            continue;
        parent = top.code;
        index = subSection ? top.sections.size() : i + 1;
    }
    if (subSection && parent.isEmpty()) {
        MessageBox::warning(this, tr("Add sub-section"), tr("Select the section that should hold the sub-section."));
        return;
    }
    QString error;
    if (const auto code = Command::addSection(m_project, m_versionId, subSection ? parent : QString(), index, &error)) {
        select(*code);
        m_tabs->setCurrentIndex(0);
        m_sectionEditor->titleEdit()->setFocus();
        m_sectionEditor->titleEdit()->selectAll();
    } else {
        MessageBox::warning(this, tr("Add section"), error);
    }
}

void QuestionnairePage::duplicate()
{
    QString error;
    if (const auto code = Command::duplicateQuestion(m_project, m_versionId, selectedCode(), &error))
        select(*code);
    else
        MessageBox::warning(this, tr("Duplicate"), error);
}

void QuestionnairePage::remove()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QString code = m_model->codeAt(current);
    const bool question = current.data(QuestionnaireTreeModel::KindRole).toInt() == QuestionnaireTreeModel::QuestionItem;
    // The row that will take its place keeps the keyboard user where they were.
    const QModelIndex next = current.siblingAtRow(current.row() + 1).isValid() ? current.siblingAtRow(current.row() + 1)
                                                                               : current.siblingAtRow(current.row() - 1);
    const QString nextCode = m_model->codeAt(next);
    QString error;
    const bool ok = question ? Command::removeQuestion(m_project, m_versionId, code, &error)
                             : Command::removeSection(m_project, m_versionId, code, &error);
    if (!ok)
        MessageBox::warning(this, tr("Delete"), error);
    else if (!nextCode.isEmpty())
        select(nextCode);
}

void QuestionnairePage::move(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_questionnaire)
        return;
    const QString code = m_model->codeAt(current);
    QString error;
    bool ok = true;
    Questionnaire copy = *m_questionnaire;
    if (const auto place = copy.findQuestion(code)) {
        const long target = long(place->index) + delta;
        if (target < 0 || size_t(target) >= place->section->questions.size())
            return; // already at the edge of its section; drag it to another section
        ok = Command::moveQuestion(m_project, m_versionId, code, place->section->code, size_t(target), &error);
    } else {
        std::vector<Section>* siblings = nullptr;
        Section* section = copy.findSection(code, &siblings);
        if (!section)
            return;
        const long target = long(section - siblings->data()) + delta;
        if (target < 0 || size_t(target) >= siblings->size())
            return;
        ok = Command::moveSection(m_project, m_versionId, code, size_t(target), &error);
    }
    if (!ok)
        MessageBox::warning(this, tr("Move"), error);
    select(code);
}

void QuestionnairePage::newVersion()
{
    QString error;
    const auto version = Command::newQuestionnaireVersion(m_project, m_versionId, &error);
    if (!version) {
        MessageBox::warning(this, tr("New version"), error);
        return;
    }
    m_versionId = *version;
    reload();
}

void QuestionnairePage::editLanguages()
{
    if (!m_project || !m_questionnaire)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Languages"),
        tr("The programme's languages, in order, as codes separated by commas (e.g. en, sv, nb, lv, pl). "
           "The source language (%1) stays.")
            .arg(m_questionnaire->sourceLanguage),
        QLineEdit::Normal, m_questionnaire->languages.join(QStringLiteral(", ")), &ok);
    if (!ok)
        return;
    QStringList languages;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        languages << part.trimmed().toLower();
    QString error;
    if (!Command::setProgrammeLanguages(m_project, languages, &error))
        MessageBox::warning(this, tr("Languages not changed"), error);
}

bool QuestionnairePage::createFromTemplate(const QString& id)
{
    if (!m_project)
        return false;
    QString error;
    std::optional<Questionnaire> questionnaire;
    if (id.isEmpty()) {
        Questionnaire empty;
        empty.code = QStringLiteral("Q1");
        empty.name = tr("New questionnaire");
        // The programme's languages are the questionnaire's.
        if (m_questionnaire) {
            empty.languages = m_questionnaire->languages;
            empty.sourceLanguage = m_questionnaire->sourceLanguage;
        }
        Section section;
        section.code = QStringLiteral("S1");
        section.title.insert(empty.sourceLanguage, tr("New section"));
        empty.sections.push_back(section);
        questionnaire = empty;
    } else {
        questionnaire = QuestionnaireTemplates::load(id, &error);
    }
    if (!questionnaire) {
        MessageBox::warning(this, tr("New questionnaire"), error);
        return false;
    }
    // Codes are unique per programme: a second copy of a template gets a suffix.
    questionnaire->code = unusedCode(questionnaire->code);
    const auto version = Command::addQuestionnaire(m_project, *questionnaire, &error);
    if (!version) {
        MessageBox::warning(this, tr("New questionnaire"), error);
        return false;
    }
    m_versionId = *version;
    reload();
    return true;
}

QString QuestionnairePage::unusedCode(const QString& base) const
{
    // BANK-BRANCH, BANK-BRANCH-2, ...: cut so that the code stays within 40 characters.
    QString code = base;
    for (int n = 2; QuestionnaireStore::findVersion(m_project->database(), code, nullptr); ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        code = base.left(40 - suffix.size()) + suffix;
    }
    return code;
}

void QuestionnairePage::chooseTemplate()
{
    const auto templates = QuestionnaireTemplates::list();
    QStringList names;
    for (const auto& entry : templates)
        names << tr("%1 (%n question(s))", nullptr, entry.questions).arg(entry.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("New questionnaire"), tr("Start from:"), names, 0, false, &ok);
    if (ok)
        createFromTemplate(templates.value(int(names.indexOf(chosen))).id);
}

bool QuestionnairePage::importFile(const QString& path)
{
    QList<QuestionnaireProblem> problems;
    std::optional<Questionnaire> questionnaire;
    const bool xlsForm = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (xlsForm) {
        // An XLSForm from KoboToolbox, ODK Central or a form library: a new questionnaire.
        questionnaire = OdkFormImporter::fromWorkbook(path, &problems);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBox::warning(this, tr("Import"), tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
        questionnaire = QuestionnaireJson::fromBytes(file.readAll(), &problems);
    }
    if (questionnaire)
        problems += QuestionnaireValidator::validate(*questionnaire);
    if (!questionnaire || QuestionnaireValidator::hasErrors(problems)) {
        QStringList lines;
        for (const auto& problem : problems)
            if (problem.severity == QuestionnaireProblem::Severity::Error)
                lines << problem.toString();
        MessageBox::warning(this, tr("Nothing imported"),
                            tr("“%1” cannot be imported:\n\n%2").arg(QDir::toNativeSeparators(path),
                                                                     lines.mid(0, 15).join(QLatin1Char('\n'))));
        return false;
    }
    if (xlsForm) {
        // What the form has that a questionnaire cannot hold is said before anything is added.
        QStringList lines;
        for (const auto& problem : problems)
            lines << problem.toString();
        if (!lines.isEmpty()
            && MessageBox::question(this, tr("Import the XLSForm?"),
                                    tr("%n question(s) can be imported from “%1”. Not everything in the form comes along:\n\n%2",
                                       nullptr, int(questionnaire->questionsInOrder().size()))
                                        .arg(QFileInfo(path).fileName(), lines.mid(0, 20).join(QLatin1Char('\n'))),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                   != QMessageBox::Yes)
            return false;
        // An XLSForm named like an existing questionnaire is a new one, not its next version.
        questionnaire->code = unusedCode(questionnaire->code);
    }
    QString error;
    const auto version = Command::addQuestionnaire(m_project, *questionnaire, &error);
    if (!version) {
        MessageBox::warning(this, tr("Nothing imported"), error);
        return false;
    }
    m_versionId = *version;
    reload();
    return true;
}

void QuestionnairePage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a questionnaire"), QString(),
                                                      tr("Questionnaires (*.json *.xlsx);;ShopScope questionnaires (*.json);;"
                                                         "XLSForm workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool QuestionnairePage::exportFile(const QString& path)
{
    if (!m_questionnaire)
        return false;
    QSaveFile file(path);
    const QByteArray bytes = QuestionnaireJson::toBytes(*m_questionnaire);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(this, tr("Export"), tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void QuestionnairePage::chooseExport()
{
    if (!m_questionnaire)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the questionnaire"),
                                                      m_questionnaire->code + QStringLiteral(".json"),
                                                      tr("ShopScope questionnaires (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

bool QuestionnairePage::exportOdkFile(const QString& path, OdkExportDialog::Format format, const OdkFormBuilder::Options& options)
{
    if (!m_questionnaire)
        return false;
    const OdkForm form = OdkFormBuilder::build(*m_questionnaire, options, nullptr);
    QString error;
    const bool written = format == OdkExportDialog::Format::XForm ? XFormWriter::write(path, form, &error)
                                                                  : XlsFormWriter::write(path, form, &error);
    if (!written)
        MessageBox::warning(this, tr("Export"), error);
    return written;
}

void QuestionnairePage::chooseOdkExport(OdkExportDialog::Format format)
{
    if (!m_questionnaire)
        return;
    OdkExportDialog dialog(*m_questionnaire, format, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool xForm = dialog.format() == OdkExportDialog::Format::XForm;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export for ODK fielding"), m_questionnaire->code + (xForm ? QStringLiteral(".xml") : QStringLiteral(".xlsx")),
        xForm ? tr("XForms (*.xml)") : tr("XLSForm workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportOdkFile(path, dialog.format(), dialog.options());
}

bool QuestionnairePage::printToPdf(const QString& path, bool scoringSheet)
{
    if (!m_questionnaire)
        return false;
    QTextDocument document;
    document.setHtml(scoringSheet ? QuestionnaireDocuments::scoringSheetHtml(*m_questionnaire, m_language)
                                  : QuestionnaireDocuments::briefingHtml(*m_questionnaire, m_language));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(m_questionnaire->name);
    writer.setCreator(QStringLiteral("ShopScope"));
    document.print(&writer);
    if (QFileInfo(path).size() == 0) {
        MessageBox::warning(this, tr("Print"), tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void QuestionnairePage::choosePrint(bool scoringSheet)
{
    if (!m_questionnaire)
        return;
    const QString suggested = m_questionnaire->code + (scoringSheet ? tr("-scoring-sheet") : tr("-briefing")) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, scoringSheet ? tr("Scoring sheet") : tr("Shopper briefing"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        printToPdf(path, scoringSheet);
}

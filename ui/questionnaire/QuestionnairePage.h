#pragma once

#include "OdkExportDialog.h"

#include "questionnaire/Questionnaire.h"

#include <QWidget>

#include <functional>
#include <optional>

class Project;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QuestionEditor;
class QuestionnairePreview;
class QuestionnaireTreeModel;
class SectionEditor;
class TranslationTable;

// The questionnaire designer: pick a version, edit its sections and questions in a tree beside
// their properties, translate side by side, try it in the live preview, see what is wrong, and
// import, export or print it. Every change is one undo step; a version with reports is frozen
// and offers a new version instead.
class QuestionnairePage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePage(QWidget* parent = nullptr);

    void setProject(Project* project);
    // Re-reads the current version (after an edit, an undo or a redo) and keeps the selection.
    // Hidden, the page only notes it and reloads when shown.
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

public:

    qint64 currentVersion() const { return m_versionId; }
    bool select(const QString& code);
    QString selectedCode() const;

    // For tests and keyboard users.
    QComboBox* versionCombo() const { return m_versions; }
    QTreeView* tree() const { return m_tree; }
    QuestionnaireTreeModel* treeModel() const { return m_model; }
    QuestionEditor* questionEditor() const { return m_questionEditor; }
    SectionEditor* sectionEditor() const { return m_sectionEditor; }
    TranslationTable* translations() const { return m_translations; }
    QuestionnairePreview* preview() const { return m_preview; }
    QListWidget* problems() const { return m_problems; }
    QAction* addSectionAction() const { return m_addSection; }
    QAction* addQuestionAction() const { return m_addQuestion; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* moveUpAction() const { return m_moveUp; }
    QAction* moveDownAction() const { return m_moveDown; }
    QPushButton* newVersionButton() const { return m_newVersion; }

    // Creates a questionnaire from a template (or an empty one when id is empty).
    bool createFromTemplate(const QString& id);
    bool importFile(const QString& path);
    bool exportFile(const QString& path);
    // The questionnaire as an ODK XForm or XLSForm workbook (docs/odk.md).
    bool exportOdkFile(const QString& path, OdkExportDialog::Format format, const OdkFormBuilder::Options& options);
    bool printToPdf(const QString& path, bool scoringSheet);

private:
    bool apply(const QString& text, const QString& mergeKey, const std::function<bool(Questionnaire&, QString*)>& change);
    void fillVersions();
    void showSelection();
    void updateActions();
    void addQuestion(QuestionType type);
    void addSection(bool subSection);
    void duplicate();
    void remove();
    void move(int delta);
    void newVersion();
    void editLanguages();
    // A questionnaire code no questionnaire of the programme has yet, made from base.
    QString unusedCode(const QString& base) const;
    void chooseTemplate();
    void chooseImport();
    void chooseExport();
    void chooseOdkExport(OdkExportDialog::Format format);
    void choosePrint(bool scoringSheet);

    Project* m_project = nullptr;
    qint64 m_versionId = 0;
    std::optional<Questionnaire> m_questionnaire;
    bool m_editable = false;
    QString m_language;
    bool m_stale = false; // data changed while the page was hidden

    QComboBox* m_versions;
    QLabel* m_status;
    QPushButton* m_newVersion;
    QLineEdit* m_name;
    QComboBox* m_scoring;
    QComboBox* m_languages;
    QStackedWidget* m_body;
    QWidget* m_empty;
    QWidget* m_designer;
    QTreeView* m_tree;
    QuestionnaireTreeModel* m_model;
    QTabWidget* m_tabs;
    QStackedWidget* m_properties;
    QLabel* m_nothingSelected;
    QuestionEditor* m_questionEditor;
    SectionEditor* m_sectionEditor;
    TranslationTable* m_translations;
    QuestionnairePreview* m_preview;
    QListWidget* m_problems;
    QAction* m_addSection;
    QAction* m_addQuestion;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_moveUp;
    QAction* m_moveDown;
};

#pragma once

#include "planning/Scenario.h"

#include <QDialog>
#include <QHash>

class Project;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// Adds or edits one scenario: its code, channel, questionnaire version, fee and duration, the
// shopper profile it needs, and its title and script in every language of the programme (a
// missing translation is marked on its tab). Saving checks everything first; problems are
// shown in the form and nothing is written until they are put right.
class ScenarioDialog : public QDialog
{
    Q_OBJECT

public:
    // code empty: a new scenario.
    ScenarioDialog(Project* project, const QString& code, QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* versionCombo() const { return m_version; }
    QDoubleSpinBox* feeSpin() const { return m_fee; }
    QSpinBox* minutesSpin() const { return m_minutes; }
    QCheckBox* activeCheck() const { return m_active; }
    QSpinBox* minAgeSpin() const { return m_minAge; }
    QSpinBox* maxAgeSpin() const { return m_maxAge; }
    QComboBox* genderCombo() const { return m_gender; }
    QListWidget* languageList() const { return m_languages; }
    QLineEdit* otherLanguageEdit() const { return m_otherLanguage; }
    QLineEdit* tagEdit() const { return m_tagEdit; }
    QListWidget* tagList() const { return m_tags; }
    QTabWidget* textTabs() const { return m_tabs; }
    QLineEdit* titleEdit(const QString& language) const { return m_titles.value(language); }
    QPlainTextEdit* scriptEdit(const QString& language) const { return m_scripts.value(language); }
    QLabel* problemLabel() const { return m_problem; }

    // The scenario as the form holds it.
    Scenario scenario() const;
    // Saves through the undo stack; false (with the problems shown) when it cannot.
    bool save();
    // The code the scenario was saved under.
    QString savedCode() const { return m_savedCode; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createDetails();
    QWidget* createProfile();
    QWidget* createTexts();
    void load(const Scenario& scenario);
    void addLanguage(const QString& code, bool checked);
    void addTag(const QString& tag);
    void updateTabs();
    void updateVersionNote();

    Project* m_project;
    QString m_originalCode;
    QString m_savedCode;
    QString m_source; // the programme's source language
    QStringList m_programmeLanguages;
    QLineEdit* m_code;
    QComboBox* m_channel;
    QComboBox* m_version;
    QLabel* m_versionNote;
    QDoubleSpinBox* m_fee;
    QSpinBox* m_minutes;
    QCheckBox* m_active;
    QSpinBox* m_minAge;
    QSpinBox* m_maxAge;
    QComboBox* m_gender;
    QListWidget* m_languages;
    QLineEdit* m_otherLanguage;
    QLineEdit* m_tagEdit;
    QListWidget* m_tags;
    QTabWidget* m_tabs;
    QHash<QString, QLineEdit*> m_titles;
    QHash<QString, QPlainTextEdit*> m_scripts;
    QHash<qint64, QString> m_versionChannels; // version id -> its questionnaire's channel
    QLabel* m_problem;
};

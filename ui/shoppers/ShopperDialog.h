#pragma once

#include "shoppers/Shopper.h"
#include "shoppers/ShopperFields.h"

#include <QDialog>
#include <QHash>

class Project;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class VisitHistoryView;

// Adds or edits one shopper: the pseudonymous profile (what assignment uses), the personal data
// kept apart from it, the days they cannot work, their conflicts of interest (locations chosen by
// code with completion, or whole brands), and the visits they did. Saving checks everything and
// writes it as one undo step; a problem is shown in the form with its field ("E-mail: “anna@” is
// not an e-mail address"), on the tab that holds the field, and nothing is written.
class ShopperDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { ProfileTab, PersonalTab, AvailabilityTab, ConflictsTab, VisitsTab };

    // code empty: a new shopper.
    ShopperDialog(Project* project, const QString& code, QWidget* parent = nullptr);

    // The text fields by key (ShopperFields::key): code, name, email, phone, address, postcode,
    // city, languages, tags.
    QLineEdit* field(const QString& key) const { return m_edits.value(key); }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* genderCombo() const { return m_gender; }
    QSpinBox* birthYearSpin() const { return m_birthYear; }
    QDoubleSpinBox* latitudeSpin() const { return m_latitude; }
    QDoubleSpinBox* longitudeSpin() const { return m_longitude; }
    QSpinBox* capacityPerWaveSpin() const { return m_capacityPerWave; }
    QSpinBox* capacityPerDaySpin() const { return m_capacityPerDay; }
    QDoubleSpinBox* ratingSpin() const { return m_rating; }
    QDateEdit* joinedEdit() const { return m_joined; }
    QTableWidget* periodTable() const { return m_periods; }
    QPushButton* addPeriodButton() const { return m_addPeriod; }
    QPushButton* removePeriodButton() const { return m_removePeriod; }
    QTableWidget* conflictTable() const { return m_conflicts; }
    QPushButton* addLocationConflictButton() const { return m_addLocationConflict; }
    QPushButton* addBrandConflictButton() const { return m_addBrandConflict; }
    QPushButton* removeConflictButton() const { return m_removeConflict; }
    VisitHistoryView* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* problemLabel() const { return m_problem; }

    // The shopper as the form holds it now.
    Shopper shopper() const;
    // Saves through the undo stack; false (with the problems shown) when it cannot. A shopper
    // saved unchanged makes no undo step.
    bool save();
    QString savedCode() const { return m_savedCode; }

private:
    QWidget* createProfileTab();
    QWidget* createPersonalTab();
    QWidget* createAvailabilityTab();
    QWidget* createConflictsTab();
    QLineEdit* addEdit(class QFormLayout* form, ShopperFields::Field field, const QString& label);
    void addPeriod(const QDate& from, const QDate& to);
    void addConflict(bool location, const Shopper::Conflict& conflict);
    void load(const QString& code);
    static Tab tabOf(ShopperFields::Field field);

    Project* m_project;
    QString m_originalCode;
    QString m_savedCode;
    QHash<QString, QString> m_locationNames; // code -> name, for the conflicts table
    QStringList m_brands;
    QTabWidget* m_tabs;
    QHash<QString, QLineEdit*> m_edits;
    QComboBox* m_status;
    QComboBox* m_gender;
    QComboBox* m_city;
    QSpinBox* m_birthYear;
    QDoubleSpinBox* m_latitude;
    QDoubleSpinBox* m_longitude;
    QSpinBox* m_capacityPerWave;
    QSpinBox* m_capacityPerDay;
    QDoubleSpinBox* m_rating;
    QDateEdit* m_joined;
    QTableWidget* m_periods;
    QPushButton* m_addPeriod;
    QPushButton* m_removePeriod;
    QTableWidget* m_conflicts;
    QPushButton* m_addLocationConflict;
    QPushButton* m_addBrandConflict;
    QPushButton* m_removeConflict;
    VisitHistoryView* m_history;
    QLabel* m_problem;
};

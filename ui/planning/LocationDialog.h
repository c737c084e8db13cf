#pragma once

#include "planning/LocationImport.h"

#include <QDialog>
#include <QHash>

class Project;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class VisitHistoryView;

// Adds or edits one location: its fields, its opening hours by weekday (split hours allowed) and
// its free attributes. Saving checks it exactly as an imported row would be checked and writes it
// all as one undo step; a problem is shown in the form ("Tuesday: 18:00 is not after 19:00") and
// nothing is written until it is put right.
class LocationDialog : public QDialog
{
    Q_OBJECT

public:
    // code empty: a new location.
    LocationDialog(Project* project, const QString& code, QWidget* parent = nullptr);

    QLineEdit* field(const QString& key) const { return m_edits.value(key); }
    QDoubleSpinBox* latitudeSpin() const { return m_latitude; }
    QDoubleSpinBox* longitudeSpin() const { return m_longitude; }
    QSpinBox* staffSpin() const { return m_staff; }
    QLineEdit* hoursEdit(int weekday) const { return m_hours.value(weekday - 1); } // 1 = Monday
    QPushButton* copyMondayButton() const { return m_copyMonday; }
    QTableWidget* attributeTable() const { return m_attributes; }
    QPushButton* addAttributeButton() const { return m_addAttribute; }
    QTabWidget* tabs() const { return m_tabs; }
    VisitHistoryView* history() const { return m_history; }
    QLabel* problemLabel() const { return m_problem; }
    // Saves through the undo stack; false (with the problems shown) when it cannot. An existing
    // location saved unchanged makes no undo step.
    bool save();

private:
    QWidget* createGeneralTab(const QStringList& sizeClasses);
    QWidget* createHoursTab();
    QWidget* createAttributesTab();
    void load(const QString& code);
    QHash<QString, QString> values() const;
    LocationImport::Attributes attributes() const;

    Project* m_project;
    bool m_existing = false;
    QHash<QString, QString> m_savedValues;
    LocationImport::Attributes m_savedAttributes;
    QTabWidget* m_tabs;
    QHash<QString, QLineEdit*> m_edits;
    QComboBox* m_channel;
    QDoubleSpinBox* m_latitude;
    QDoubleSpinBox* m_longitude;
    QSpinBox* m_staff;
    QCheckBox* m_competitor;
    QCheckBox* m_active;
    QList<QLineEdit*> m_hours; // Monday first
    QPushButton* m_copyMonday;
    QTableWidget* m_attributes;
    QPushButton* m_addAttribute;
    QPushButton* m_removeAttribute;
    QLabel* m_problem;
    VisitHistoryView* m_history;
};

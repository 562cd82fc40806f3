package io.concierge.demo.web.account;

/** A new shopper account: the e-mail address is the login name. */
public class RegistrationForm {

    private String email = "";
    private String firstName = "";
    private String lastName = "";
    private String password = "";
    private String passwordConfirm = "";

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email == null ? "" : email.trim(); }

    public String getFirstName() { return firstName; }

    public void setFirstName(String firstName) { this.firstName = firstName == null ? "" : firstName.trim(); }

    public String getLastName() { return lastName; }

    public void setLastName(String lastName) { this.lastName = lastName == null ? "" : lastName.trim(); }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password == null ? "" : password; }

    public String getPasswordConfirm() { return passwordConfirm; }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm == null ? "" : passwordConfirm;
    }
}

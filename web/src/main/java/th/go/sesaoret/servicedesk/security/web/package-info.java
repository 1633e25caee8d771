/** Sign-in page, identity store, role homes and sign-out. */
package th.go.sesaoret.servicedesk.security.web;

/**
 * The repair screens: the repair form (filed online, for a walk-in at the ICT room, corrected when
 * returned), the repair panel of a request's page, the technician's queue and the equipment
 * history. Thin backing beans: each action is one call on a repair service.
 */
package th.go.sesaoret.servicedesk.repair.web;

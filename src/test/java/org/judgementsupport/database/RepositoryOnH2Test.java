package org.judgementsupport.database;

/** The repository contract on the embedded H2 database the service uses by default. */
class RepositoryOnH2Test extends RepositoryContract {
}

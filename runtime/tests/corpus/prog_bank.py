# bank account simulation with classes, properties and custom exceptions


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d, balance is %d"
                         % (account.number, amount, account.balance))
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        Account._next_number += 1
        self.number = "AC%d" % Account._next_number
        self.owner = owner
        self._balance = 0
        self.frozen = False
        self.history = []
        if balance:
            self.deposit(balance)

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        if not isinstance(amount, int) or isinstance(amount, bool):
            raise InvalidAmount("amount must be an int, got %s" % type(amount).__name__)
        if amount <= 0:
            raise InvalidAmount("amount must be positive, got %d" % amount)
        if self.frozen:
            raise AccountFrozen("account %s is frozen" % self.number)

    def deposit(self, amount):
        self._check(amount)
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))

    def available(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return "%s(%s, %s, %d)" % (type(self).__name__, self.number, self.owner, self._balance)


class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            fee = 25
            self._balance -= fee
            self.history.append(("fee", fee))


class SavingsAccount(Account):
    RATE_BP = 150  # basis points per month (1.5%)

    def month_end(self):
        interest = self._balance * self.RATE_BP // 10000
        if interest:
            self._balance += interest
            self.history.append(("int", interest))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        try:
            a.withdraw(amount)
        except BankError as e:
            self.log.append("FAILED transfer %s->%s %r: %s" % (src, dst, amount, e))
            raise
        try:
            b.deposit(amount)
        except BankError as e:
            a.deposit(amount)  # roll back
            self.log.append("ROLLBACK transfer %s->%s: %s" % (src, dst, e))
            raise
        self.log.append("transfer %s->%s %d" % (src, dst, amount))

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("Corpus Savings & Loan")
alice = bank.open(CheckingAccount, "alice", 500, 200)
bob = bank.open(SavingsAccount, "bob", 10000)
carol = bank.open(Account, "carol")
print(alice, bob, carol)

operations = [
    ("transfer", alice.number, bob.number, 300),
    ("transfer", alice.number, carol.number, 350),
    ("transfer", alice.number, carol.number, 100),
    ("transfer", carol.number, alice.number, 0),
    ("transfer", carol.number, alice.number, 2.5),
    ("freeze", carol.number),
    ("transfer", bob.number, carol.number, 50),
    ("unfreeze", carol.number),
    ("transfer", bob.number, carol.number, 50),
    ("withdraw", carol.number, 1000),
    ("month_end",),
    ("month_end",),
    ("transfer", "AC9999", carol.number, 1),
]

for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "freeze":
            bank.accounts[op[1]].frozen = True
        elif op[0] == "unfreeze":
            bank.accounts[op[1]].frozen = False
        elif op[0] == "withdraw":
            bank.accounts[op[1]].withdraw(op[2])
        elif op[0] == "month_end":
            bank.month_end()
        print("ok   ", op)
    except InsufficientFunds as e:
        print("short", op, "shortfall", e.shortfall)
    except InvalidAmount as e:
        print("inval", op, e, isinstance(e, ValueError))
    except BankError as e:
        print("bank ", op, type(e).__name__, e)
    except KeyError as e:
        print("nokey", op, e)

for acct in bank.accounts.values():
    print(acct, acct.history)
print("total", bank.total())
for line in bank.log:
    print(line)
try:
    alice.balance = 10 ** 6
except AttributeError as e:
    print("AttributeError:", e)

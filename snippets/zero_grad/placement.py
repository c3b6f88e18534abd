import torch

torch.manual_seed(0)

x = torch.randn(64, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])


def train(where):
    torch.manual_seed(1)  # (1)!
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(50):
        if where == "start of iteration":
            optimizer.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        if where == "between backward and step":
            optimizer.zero_grad()  # (2)!
        optimizer.step()
        if where == "after step":
            optimizer.zero_grad()
    return loss.item()


torch.manual_seed(1)
initial_loss = torch.nn.functional.mse_loss(torch.nn.Linear(3, 1)(x), y)
print(f"before training: loss {initial_loss.item():.6f}")
for where in ["start of iteration", "after step", "between backward and step", "never"]:
    print(f"zero_grad {where:<26} final loss {train(where):.6f}")

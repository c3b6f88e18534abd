import torch

torch.manual_seed(0)

x = torch.randn(64, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])


def train(zero_grad, **momentum):
    torch.manual_seed(1)
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, **momentum)
    losses, trajectory = [], []
    for _ in range(50):
        if zero_grad:
            optimizer.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        trajectory.append([p.detach().clone() for p in model.parameters()])
    return losses, trajectory


never_losses, never = train(zero_grad=False)  # (1)!
momentum_losses, momentum = train(zero_grad=True, momentum=1.0, dampening=0.0)  # (2)!
same = all(
    torch.equal(a, b)
    for step_a, step_b in zip(never, momentum, strict=True)
    for a, b in zip(step_a, step_b, strict=True)
)
print(f"{'never zeroed, SGD(lr=0.1)':<49} final loss {never_losses[-1]:.6f}")
print(
    f"{'zeroed, SGD(lr=0.1, momentum=1.0, dampening=0.0)':<49} final loss "
    f"{momentum_losses[-1]:.6f}"
)
print("same parameters after each of the 50 steps (torch.equal):", same)
late = never_losses[25:]
print(f"never zeroed, loss over steps 26-50: min {min(late):.4f}, max {max(late):.4f}")  # (3)!
print("  every other step:", " ".join(f"{v:.2f}" for v in late[::2]))
